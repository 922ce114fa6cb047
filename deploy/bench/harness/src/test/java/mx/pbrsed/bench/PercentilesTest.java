package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOverOneToAHundredIsTheRankItself() {
        long[] unoACien = LongStream.rangeClosed(1, 100).toArray();

        assertThat(Percentiles.percentil(unoACien, 50)).isEqualTo(50);
        assertThat(Percentiles.percentil(unoACien, 95)).isEqualTo(95);
        assertThat(Percentiles.percentil(unoACien, 99)).isEqualTo(99);
        assertThat(Percentiles.percentil(unoACien, 100)).isEqualTo(100);
        assertThat(Percentiles.percentil(unoACien, 0)).isEqualTo(1);
    }

    @Test
    void withFewSamplesTheP99IsTheWorstOne() {
        long[] ms = Percentiles.ordenados(List.of(250L, 13L, 34L, 159L));

        assertThat(ms).containsExactly(13, 34, 159, 250);
        assertThat(Percentiles.percentil(ms, 50)).isEqualTo(34);
        assertThat(Percentiles.percentil(ms, 99)).isEqualTo(250);
    }

    @Test
    void noSamplesHaveNoPercentile() {
        assertThat(Percentiles.percentil(new long[0], 99)).isNaN();
    }
}
