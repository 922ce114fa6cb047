package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.documento;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.platform.pruebas.ProblemaSeguro;
import org.junit.jupiter.api.Test;

/**
 * Two imports of the same new programa at the same instant: both see no programa and both insert it;
 * the database's unique key lets one commit, and the other must get a 409 problem, never a 5xx
 * (issue 13). A loser that started after the winner committed imports onto the existing programa
 * instead (200, nothing changed); either way exactly one programa, with one MIR, is stored.
 */
@QuarkusTest
class ImportacionConcurrenteTest {
    private static final int RONDAS = 6;

    @Inject
    DataSource dataSource;

    @Test
    void dosImportacionesSimultaneasDelMismoProgramaNuevoDanUnCreadoYUnConflicto() throws Exception {
        int conflictos = 0;
        ExecutorService hilos = Executors.newFixedThreadPool(2);
        try {
            for (int ronda = 0; ronda < RONDAS; ronda++) {
                String clave = claveNueva("SIM");
                String cuerpo = documento(clave).toString();
                CyclicBarrier salida = new CyclicBarrier(2);
                List<Future<Response>> envios = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    envios.add(hilos.submit(() -> {
                        salida.await(10, TimeUnit.SECONDS);
                        return api().body(cuerpo).put("/programas/{e}/{c}/documento", EJERCICIO, clave);
                    }));
                }
                List<Response> respuestas = new ArrayList<>();
                for (Future<Response> envio : envios) {
                    respuestas.add(envio.get(60, TimeUnit.SECONDS));
                }
                String cuerpos = respuestas.stream().map(Response::asString).toList().toString();
                List<Integer> estados = respuestas.stream().map(Response::statusCode).sorted().toList();
                assertThat(estados).as("round %d: one creates the programa, the other conflicts or finds it (%s)", ronda, cuerpos)
                        .isIn(List.of(201, 409), List.of(200, 201));
                for (Response respuesta : respuestas) {
                    if (respuesta.statusCode() == 409) {
                        conflictos++;
                        ProblemaSeguro.es4xx(respuesta, 409, "round " + ronda + ": the loser");
                        assertThat(respuesta.jsonPath().getString("type")).isEqualTo("https://pbrsed.mx/problemas/conflicto");
                    }
                }
                assertThat(Almacen.filas(dataSource, "select count(*) from programa where clave = '" + clave + "'")).isEqualTo(1);
                assertThat(Almacen.filas(dataSource, "select count(*) from objetivo o join programa p on p.id = o.programa_id "
                        + "where p.clave = '" + clave + "'")).as("one MIR").isEqualTo(2);
            }
        } finally {
            hilos.shutdownNow();
        }
        assertThat(conflictos).as("rounds in which both imports raced to insert the programa").isPositive();
    }
}
