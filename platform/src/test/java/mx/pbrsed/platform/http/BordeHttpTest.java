package mx.pbrsed.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BordeHttpTest {

    @ParameterizedTest
    @ValueSource(strings = {"/programas?anio=2023", "/x/a%20b", "/x/a%C3%B1o", "/x?q=%3Cscript%3E", "/"})
    void admiteRutasConEscapesBienFormados(String uri) {
        assertThat(BordeHttp.escapesValidos(uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/x/a%00b", "/x?q=%0a", "/x?q=%7F", "/x/%zz", "/x/%4", "/x/%", "/x\u0001"})
    void rechazaControlesYEscapesMalFormados(String uri) {
        assertThat(BordeHttp.escapesValidos(uri)).isFalse();
    }
}
