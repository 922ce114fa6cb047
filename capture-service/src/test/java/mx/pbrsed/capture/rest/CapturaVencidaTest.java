package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import mx.pbrsed.capture.service.VencimientoService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The overdue check, run by the test instead of the scheduler (off in %test). */
@QuarkusTest
class CapturaVencidaTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas-vencidas")
    String topicVencidas;
    @Inject
    VencimientoService vencimientos;

    @Test
    void cadaPeriodoSinCapturaCuyaVentanaCerroSeAnunciaUnaSolaVez() {
        var anual = Definicion.anual2023();
        var trimestral = Definicion.anual2023().frecuencia("TRIMESTRAL");
        var futuro = Definicion.anual2023().ejercicio(2099).frecuencia("TRIMESTRAL");
        var retirado = Definicion.anual2023().estado("RETIRADO");
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            List.of(anual, trimestral, futuro, retirado).forEach(catalogo::publicar);
        }
        esperarReplica(anual);
        esperarReplica(trimestral);
        esperarReplica(futuro);
        esperarReplica(retirado);
        registrar(cuerpo(trimestral.id(), 2023, 2, Map.of("V1", 9, "V2", 9))).then().statusCode(201);

        // two instances at once, then a later run: the key lets each period through once
        var a = CompletableFuture.supplyAsync(vencimientos::anunciarVencidas);
        var b = CompletableFuture.supplyAsync(vencimientos::anunciarVencidas);
        int total = a.join() + b.join();
        assertThat(total).isGreaterThanOrEqualTo(4);
        vencimientos.anunciarVencidas();

        List<JsonNode> delAnual = vencidas(anual.id(), 1);
        assertThat(delAnual).extracting(e -> e.get("ejercicio").asInt(), e -> e.get("trimestre").asInt(),
                e -> e.get("ventanaCierra").asText()).containsExactly(tuple(2023, 4, "2024-01-15"));
        JsonNode evento = delAnual.get(0);
        assertThat(evento.fieldNames()).toIterable().containsExactlyInAnyOrder("schemaVersion", "eventId", "occurredAt",
                "indicadorId", "indicadorNombre", "programaClave", "unidadResponsable", "ejercicio", "trimestre",
                "ventanaCierra", "detectadoEn");
        assertThat(evento.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(evento.get("indicadorId").asText()).isEqualTo(anual.id().toString());
        assertThat(evento.get("indicadorNombre").asText()).isEqualTo("Porcentaje de programas a favor de migrantes");
        assertThat(evento.get("programaClave").asText()).isEqualTo("E011");
        assertThat(evento.get("unidadResponsable").asText()).isEqualTo("118");
        assertThat(OffsetDateTime.parse(evento.get("detectadoEn").asText())).isBefore(OffsetDateTime.now());

        assertThat(vencidas(trimestral.id(), 3)).extracting(e -> e.get("trimestre").asInt()).containsExactly(1, 3, 4);
        assertThat(vencidas(futuro.id(), 0)).as("sus ventanas no han cerrado").isEmpty();
        assertThat(vencidas(retirado.id(), 0)).as("un indicador retirado no se captura").isEmpty();
    }

    private List<JsonNode> vencidas(UUID indicadorId, int cuantas) {
        return Eventos.conClave(bootstrap, topicVencidas, indicadorId.toString(), cuantas).stream()
                .map(r -> json(r.value())).toList();
    }
}
