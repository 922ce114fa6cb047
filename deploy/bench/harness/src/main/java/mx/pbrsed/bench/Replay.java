package mx.pbrsed.bench;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Phase 5, the rebuild's data set: a country-sized history produced straight to topics of its own
 * (quarterly indicators, each with its four capturas), which run.sh then has a fresh
 * evaluation-service replay while it times it.
 */
final class Replay {
    private Replay() {
    }

    static void producir(Opciones o) throws Exception {
        int periodos = o.entero("periodos");
        int indicadores = periodos / 4;
        String prefijo = o.texto("prefijo");
        EventosReplay eventos = new EventosReplay(Contrato.leer(o.ruta("asyncapi")), prefijo);
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", o.texto("bootstrap"));
        config.put("acks", "all");
        config.put("enable.idempotence", "true");
        config.put("linger.ms", "20");
        config.put("batch.size", "262144");
        config.put("key.serializer", StringSerializer.class.getName());
        config.put("value.serializer", StringSerializer.class.getName());
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", o.texto("bootstrap")))) {
            admin.createTopics(List.of(new NewTopic(prefijo + EventosReplay.INDICADORES, 1, (short) 1),
                    new NewTopic(prefijo + EventosReplay.CAPTURAS, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        long inicio = System.nanoTime();
        long bytes = 0;
        try (KafkaProducer<String, String> productor = new KafkaProducer<>(config)) {
            UUID[] ids = new UUID[indicadores];
            Definicion[] definiciones = new Definicion[indicadores];
            for (int i = 0; i < indicadores; i++) {
                ids[i] = UUID.randomUUID();
                definiciones[i] = Definicion.de(i, true);
                bytes += enviar(productor, eventos.indicador(ids[i], definiciones[i], i / 10));
            }
            Random r = new Random(11);
            for (int trimestre = 1; trimestre <= 4; trimestre++) {
                for (int i = 0; i < indicadores; i++) {
                    bytes += enviar(productor, eventos.captura(ids[i], trimestre, definiciones[i].tiposVariable().size(), r));
                }
            }
            productor.flush();
        }
        // comparable with runs before the check existed: the contract check is timed apart
        double validando = eventos.segundosValidando();
        double segundos = (System.nanoTime() - inicio) / 1e9 - validando;
        Bench.log("réplica: %d indicadores y %d capturas en %s{indicadores,capturas}, %.1f s (y %.1f s comprobándolos contra la AsyncAPI)",
                indicadores, indicadores * 4, prefijo, segundos, validando);
        Resultados resultados = new Resultados(o.ruta("resultados"));
        resultados.anotar("rebuild.periodos", indicadores * 4);
        resultados.anotar("rebuild.eventos", indicadores * 5);
        resultados.anotar("rebuild.produccion_s", Formato.fmt(segundos));
        resultados.anotar("rebuild.validacion_s", Formato.fmt(validando));
        resultados.anotar("rebuild.evento_bytes", bytes / (indicadores * 5L));
    }

    /** Sends the record; its value's size in bytes. */
    private static long enviar(KafkaProducer<String, String> productor, ProducerRecord<String, String> registro) {
        productor.send(registro);
        return registro.value().getBytes(StandardCharsets.UTF_8).length;
    }
}
