package mx.pbrsed.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** evaluation-service's consumer lag on the run's capturas topic, read from the broker. */
record RetrasoEvaluacion(String bootstrap, String grupo, String topic) {
    private static final long ESPERA_MAXIMA_NS = 120_000_000_000L;

    /** Lag of the group on the topic and the topic's end offset; lag -1 while the group has committed nothing there. */
    private record Retraso(long eventos, long fin) {
    }

    /**
     * Waits (bounded) until evaluation-service has consumed every captura event and the topic
     * stopped growing for a second, i.e. capture's outbox relay has nothing left either, so
     * a step does not pay for the backlog of the one before.
     */
    void esperarAlDia() {
        long inicio = System.nanoTime();
        long limite = inicio + ESPERA_MAXIMA_NS;
        Retraso ultimo = new Retraso(-1, -1);
        try (Admin admin = admin()) {
            while (System.nanoTime() < limite) {
                Retraso r = retraso(admin);
                if (r.eventos() == 0 && r.fin() == ultimo.fin()) {
                    Bench.log("evaluation-service al día con %s (%d eventos) tras %.1f s de espera", topic, r.fin(),
                            (System.nanoTime() - inicio) / 1e9);
                    return;
                }
                ultimo = r;
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            Bench.log("no se pudo leer el retraso del grupo %s: %s", grupo, e);
            return;
        }
        Bench.log("aviso: evaluation-service sigue con %d eventos de retraso en %s tras 120 s", ultimo.eventos(), topic);
    }

    /** The group's lag right now, for the record; -1 if it cannot be read. */
    long ahora() {
        try (Admin admin = admin()) {
            return retraso(admin).eventos();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private Admin admin() {
        return Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap));
    }

    private Retraso retraso(Admin admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> confirmados = admin.listConsumerGroupOffsets(grupo)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> pedir = new HashMap<>();
        confirmados.keySet().stream().filter(tp -> tp.topic().equals(topic)).forEach(tp -> pedir.put(tp, OffsetSpec.latest()));
        if (pedir.isEmpty()) {
            return new Retraso(-1, -1);
        }
        var finales = admin.listOffsets(pedir).all().get(10, TimeUnit.SECONDS);
        long fin = pedir.keySet().stream().mapToLong(tp -> finales.get(tp).offset()).sum();
        long confirmado = pedir.keySet().stream().mapToLong(tp -> confirmados.get(tp).offset()).sum();
        return new Retraso(fin - confirmado, fin);
    }
}
