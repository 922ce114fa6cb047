package mx.pbrsed.evaluation.rest;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import mx.pbrsed.evaluation.Peticiones;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;

/**
 * The seed's program E011 at Q4 2023 under a clave of its own (other tests publish E011), with the
 * seed's texts: both indicators, their capturas (the FIN one validated with a comentario), the
 * budget and the devengado. Returns once the report has every figure.
 */
final class SemillaReporte {
    static final String ANALISIS_FIN = "DE ENERO A SEPTIEMBRE DEL 2023 EL INSTITUTO DE MEXICANOS EN EL EXTERIOR REPORTA "
            + "DATOS PRELIMINARES DE 32,822 MATRÍCULAS PARA CIUDADANOS POBLANOS RADICADOS EN EL EXTRANJERO.";
    static final String VERIFICACION_FIN = "LA CIFRA DE MATRÍCULAS CONSULARES LO QUE CONTRIBUYE A UN 71.90% A CUMPLIMIENTO "
            + "DE LA META, UNA VEZ QUE SE TENGA LOS DATOS POR PARTE DEL IIE SE ACTUALIZARÁ LA CIFRA DEFINITIVA. "
            + "HTTPS://IIE.GOB.MX/ESTADISTICAS";
    static final String OBSERVACION_FIN = "CIFRA PRELIMINAR: SE ACTUALIZARÁ CON LA DEFINITIVA DEL IME.";

    final String programa;
    final String ramo;
    final String ur;
    final UUID matricula = UUID.randomUUID();
    final UUID programas = UUID.randomUUID();

    private SemillaReporte(int n) {
        programa = "P" + n;
        ramo = "R" + n;
        ur = "U" + n;
    }

    static SemillaReporte publicar(EventosPrueba eventos) {
        var semilla = new SemillaReporte(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, semilla.programa, semilla.ramo, semilla.ur));
        eventos.registrarDevengado(eventos.devengado(semilla.programa, 4, 1, "47812885.90"));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(semilla.matricula, 1, 45649),
                semilla.programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.programasMigrantes(semilla.programas, 1),
                semilla.programa));
        ObjectNode fin = eventos.capturaAnual(semilla.matricula, 1, Map.of("V1", 32822));
        fin.put("estado", "VALIDADA");
        fin.put("revision", 1);
        fin.put("preliminar", true);
        fin.put("analisisLogro", ANALISIS_FIN);
        fin.put("justificacionVariacion", VERIFICACION_FIN);
        fin.put("comentario", OBSERVACION_FIN);
        eventos.registrarCaptura(fin);
        ObjectNode proposito = eventos.capturaAnual(semilla.programas, 1, Map.of("V1", 9, "V2", 9));
        proposito.put("analisisLogro", "LA COMUNIDAD MIGRANTE RECIBIÓ LOS APOYOS A TRAVÉS DE LOS NUEVE PROGRAMAS.");
        eventos.registrarCaptura(proposito);
        ResultadosApi.esperarQ4Calculado(semilla.matricula);
        ResultadosApi.esperarQ4Calculado(semilla.programas);
        // 106.20 % is devengado / aprobado: only there once the devengado, on its own topic, was read
        await().atMost(ResultadosApi.ESPERA).until(() -> Peticiones.comoConsulta()
                .get("/programas/2023/{clave}/reporte", semilla.programa).asString().contains("106.20%"));
        return semilla;
    }

    String ruta() {
        return "/programas/2023/" + programa + "/reporte";
    }
}
