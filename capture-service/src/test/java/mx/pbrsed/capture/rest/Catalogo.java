package mx.pbrsed.capture.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the catalog: publishes whole indicator definitions, in the catalog's full JSON shape,
 * to the indicadores topic, keyed by indicadorId.
 */
final class Catalogo implements AutoCloseable {
    private final KafkaProducer<String, String> productor;
    private final String topic;

    Catalogo(String bootstrap, String topic) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.productor = new KafkaProducer<>(props);
        this.topic = topic;
    }

    RecordMetadata publicar(Definicion definicion) {
        return enviar(new ProducerRecord<>(topic, definicion.id().toString(), definicion.json()));
    }

    /** Whatever text the topic may carry, valid definition or not. */
    RecordMetadata publicarTexto(UUID indicadorId, String texto) {
        return enviar(new ProducerRecord<>(topic, indicadorId.toString(), texto));
    }

    /** Same partition as an earlier record: the consumer handles it only after that one. */
    RecordMetadata publicarDespuesDe(RecordMetadata anterior, Definicion definicion) {
        return enviar(new ProducerRecord<>(topic, anterior.partition(), definicion.id().toString(), definicion.json()));
    }

    private RecordMetadata enviar(ProducerRecord<String, String> registro) {
        try {
            return productor.send(registro).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No se pudo publicar la definición " + registro.key(), e);
        }
    }

    /**
     * A programa as the catalog publishes it on its topic; {@code ur} null: the replica does not learn
     * whose program it is (as for one replicated before V8).
     */
    static String programa(UUID id, String clave, String ur) {
        String unidad = ur == null ? "" : """
                "unidadResponsable": {"clave": "%s", "nombre": "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE"},""".formatted(ur);
        return """
                {"schemaVersion": 1, "eventId": "%s", "occurredAt": "%s", "programaId": "%s", "version": 1,
                 "ejercicio": 2023, "clave": "%s", "nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO",
                 "ramo": {"clave": "04", "nombre": "GOBERNACION"}, %s
                 "presupuestoAprobado": 45022975.00, "presupuestoModificado": 47812885.90}
                """.formatted(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), id, clave, unidad);
    }

    @Override
    public void close() {
        productor.close();
    }

    /** The fields of a definition the tests vary; the rest is the seed's second indicator. */
    record Definicion(UUID id, int version, String estado, int ejercicio, String frecuencia, Integer anioLineaBase,
                      Map<String, String> variables, String unidadResponsable, String expresion, String arbol) {

        /** The seed's "programas a favor de migrantes": ANUAL, V1 ACUMULABLE, V2 NO_ACUMULABLE, (V1/V2)*100. */
        static Definicion anual2023() {
            var variables = new LinkedHashMap<String, String>();
            variables.put("V1", "ACUMULABLE");
            variables.put("V2", "NO_ACUMULABLE");
            return new Definicion(UUID.randomUUID(), 1, "VIGENTE", 2023, "ANUAL", null, variables, Tokens.UR, "(V1/V2)*100", """
                    {"tipo": "OPERACION", "operador": "*",
                     "izquierda": {"tipo": "OPERACION", "operador": "/",
                                   "izquierda": {"tipo": "VARIABLE", "clave": "V1"},
                                   "derecha": {"tipo": "VARIABLE", "clave": "V2"}},
                     "derecha": {"tipo": "NUMERO", "valor": 100}}""");
        }

        Definicion version(int version) {
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, variables, unidadResponsable, expresion, arbol);
        }

        Definicion estado(String estado) {
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, variables, unidadResponsable, expresion, arbol);
        }

        Definicion ejercicio(int ejercicio) {
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, variables, unidadResponsable, expresion, arbol);
        }

        Definicion frecuencia(String frecuencia) {
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, variables, unidadResponsable, expresion, arbol);
        }

        /** A multi-year frecuencia measured every so many years from that línea base. */
        Definicion plurianual(String frecuencia, int anioLineaBase) {
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, variables, unidadResponsable,
                    expresion, arbol);
        }

        Definicion conVariable(String clave, String tipo) {
            var mas = new LinkedHashMap<>(variables);
            mas.put(clave, tipo);
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, mas, unidadResponsable, expresion, arbol);
        }

        Definicion unidadResponsable(String unidadResponsable) {
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, variables, unidadResponsable, expresion, arbol);
        }

        /** The formula as the catalog publishes it: its canonical text and its tree as JSON. */
        Definicion formula(String expresion, String arbol) {
            return new Definicion(id, version, estado, ejercicio, frecuencia, anioLineaBase, variables, unidadResponsable, expresion, arbol);
        }

        String json() {
            String listaVariables = variables.entrySet().stream()
                    .map(v -> """
                            {"clave": "%s", "descripcion": "Variable %s del indicador", "tipo": "%s"}"""
                            .formatted(v.getKey(), v.getKey(), v.getValue()))
                    .collect(Collectors.joining(", "));
            String metas = variables.keySet().stream().map(v -> "\"" + v + "\": 9").collect(Collectors.joining(", "));
            return """
                    {
                      "schemaVersion": 1,
                      "eventId": "%s",
                      "occurredAt": "%s",
                      "indicadorId": "%s",
                      "version": %d,
                      "estado": "%s",
                      "programa": {"ejercicio": %d, "clave": "E011",
                                   "nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO",
                                   "ramo": "04", "unidadResponsable": "%s"},
                      "nivel": "PROPOSITO",
                      "nombre": "Porcentaje de programas a favor de migrantes",
                      "tipo": "ESTRATEGICO",
                      "dimension": "EFICACIA",
                      "comportamiento": "ASCENDENTE",
                      "formulaDescendente": "LINEAL",
                      "frecuencia": "%s",
                      "unidadMedida": "PORCENTAJE",
                      "anioLineaBase": %s,
                      "metodoCalculo": {"familia": "PORCENTAJE", "expresion": "%s", "arbol": %s},
                      "variables": [%s],
                      "metasModificadas": [{"mes": 12, "valores": {%s}}],
                      "parametrosSemaforo": [
                        {"desde": 0, "hasta": 90, "color": "ROJO"},
                        {"desde": 90, "hasta": 95, "color": "AMARILLO"},
                        {"desde": 95, "hasta": 116, "color": "VERDE"},
                        {"desde": 116, "hasta": null, "color": "EXCEDIDO"}
                      ]
                    }
                    """.formatted(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC), id, version, estado,
                    ejercicio, unidadResponsable, frecuencia, anioLineaBase, expresion, arbol, listaVariables, metas);
        }
    }
}
