package mx.pbrsed.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonEstrictoTest {
    enum Nivel { FIN, PROPOSITO }

    record Cuerpo(String nombre, Integer trimestre, BigDecimal valor, Boolean activo, Map<String, BigDecimal> valores,
                  Nivel nivel) {
    }

    private final ObjectMapper json = new ObjectMapper();

    JsonEstrictoTest() {
        new JsonEstricto().customize(json);
    }

    @Test
    void leeUnCuerpoBienFormado() throws JsonProcessingException {
        var cuerpo = json.readValue("{\"nombre\":\"Año 😀\",\"trimestre\":4,\"valor\":9.5,\"activo\":true,\"valores\":{\"V1\":1},\"nivel\":\"FIN\"}",
                Cuerpo.class);
        assertThat(cuerpo.nivel()).isEqualTo(Nivel.FIN);
        assertThat(cuerpo.nombre()).isEqualTo("Año 😀");
        assertThat(cuerpo.trimestre()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"nombre\":\"a\",\"nombre\":\"b\"}",
            "{\"valores\":{\"V1\":1,\"V1\":2}}",
            "{\"trimestre\":1.5}",
            "{\"trimestre\":\"2023\"}",
            "{\"valor\":\"9\"}",
            "{\"nombre\":12}",
            "{\"nombre\":true}",
            "{\"activo\":1}",
            "{\"activo\":\"maybe\"}",
            "{\"nombre\":\"a\\u0000b\"}",
            "{\"nombre\":\"a\\ud800b\"}",
            "{\"nombre\":\"\\udc00\"}",
            "{\"valores\":{\"V\\u00001\":1}}",
            "{\"nombre\":\"a\"} {}",
            "{\"nivel\":\"FIN\\u0000\"}",
            "{\"nivel\":\" FIN\"}",
            "{\"nivel\":\"FIN\\t\"}",
            "{\"nivel\":\"fin\"}",
            "{\"nivel\":0}",
    })
    void rechazaLoQueUnLectorLaxoAceptaria(String cuerpo) {
        assertThatThrownBy(() -> json.readValue(cuerpo, Cuerpo.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void elRechazoDeUnTextoNombraElCampo() {
        assertThatThrownBy(() -> json.readValue("{\"nombre\":\"a\\u0000\"}", Cuerpo.class))
                .isInstanceOf(TextoNoAdmitidoException.class)
                .satisfies(e -> assertThat(((TextoNoAdmitidoException) e).getPath().get(0).getFieldName()).isEqualTo("nombre"));
    }
}
