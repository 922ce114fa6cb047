package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes events shaped exactly as the catalog's and capture's (schema version 1, every field
 * they send, key indicadorId) to this run's topics, so the tests exercise the real consumers.
 */
@ApplicationScoped
public class EventosPrueba {
    public static final int EJERCICIO = 2023;

    private final String topicIndicadores;
    private final String topicCapturas;
    private final String topicProgramas;
    private final String topicDevengados;
    private final ObjectMapper json;
    private final KafkaProducer<String, String> productor;

    public EventosPrueba(@ConfigProperty(name = "pbr.topics.indicadores") String topicIndicadores,
                         @ConfigProperty(name = "pbr.topics.capturas") String topicCapturas,
                         @ConfigProperty(name = "pbr.topics.programas") String topicProgramas,
                         @ConfigProperty(name = "pbr.topics.devengados") String topicDevengados,
                         @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                         ObjectMapper json) {
        this.topicIndicadores = topicIndicadores;
        this.topicCapturas = topicCapturas;
        this.topicProgramas = topicProgramas;
        this.topicDevengados = topicDevengados;
        this.json = json;
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        this.productor = new KafkaProducer<>(config);
    }

    @PreDestroy
    void cerrar() {
        productor.close();
    }

    public String topicIndicadores() {
        return topicIndicadores;
    }

    public String topicCapturas() {
        return topicCapturas;
    }

    public String topicProgramas() {
        return topicProgramas;
    }

    public String topicDevengados() {
        return topicDevengados;
    }

    public RecordMetadata publicarPrograma(ObjectNode evento) {
        return enviar(topicProgramas, null, evento.get("programaId").asText(), texto(evento));
    }

    public RecordMetadata registrarDevengado(ObjectNode evento) {
        return enviar(topicDevengados, null,
                evento.get("ejercicio").asText() + "-" + evento.get("programaClave").asText(), texto(evento));
    }

    /** The catalog's ProgramaPublicadoEvent of the seed's E011 budget, under another clave, ramo and UR. */
    public ObjectNode programa(UUID programaId, int version, String clave, String ramo, String unidadResponsable) {
        ObjectNode evento = json.createObjectNode();
        evento.put("schemaVersion", 1);
        evento.put("eventId", UUID.randomUUID().toString());
        evento.put("occurredAt", "2023-01-10T09:00:00-06:00");
        evento.put("programaId", programaId.toString());
        evento.put("version", version);
        evento.put("ejercicio", EJERCICIO);
        evento.put("clave", clave);
        evento.put("nombre", "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO");
        ObjectNode ramoNodo = evento.putObject("ramo");
        ramoNodo.put("clave", ramo);
        ramoNodo.put("nombre", "GOBERNACIÓN");
        ObjectNode ur = evento.putObject("unidadResponsable");
        ur.put("clave", unidadResponsable);
        ur.put("nombre", "INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE");
        evento.put("presupuestoAprobado", new BigDecimal("45022975.00"));
        evento.put("presupuestoModificado", new BigDecimal("47812885.90"));
        return evento;
    }

    /** Capture's DevengadoRegistradoEvent: accrued from January to the end of {@code trimestre}. */
    public ObjectNode devengado(String programaClave, int trimestre, int version, String acumulado) {
        ObjectNode evento = json.createObjectNode();
        evento.put("schemaVersion", 1);
        evento.put("eventId", UUID.randomUUID().toString());
        evento.put("occurredAt", "2024-01-12T10:15:30-06:00");
        evento.put("ejercicio", EJERCICIO);
        evento.put("programaClave", programaClave);
        evento.put("trimestre", trimestre);
        evento.put("devengadoAcumulado", new BigDecimal(acumulado));
        evento.put("version", version);
        evento.put("capturadoPor", "finanzas.ipam");
        evento.put("capturadoEn", "2024-01-12T10:15:30-06:00");
        return evento;
    }

    /** The same definition under another program. */
    public static ObjectNode enPrograma(ObjectNode definicion, String programaClave) {
        ((ObjectNode) definicion.get("programa")).put("clave", programaClave);
        return definicion;
    }

    /** Sends the definition and waits for the broker's acknowledgement. */
    public RecordMetadata publicarIndicador(ObjectNode evento) {
        return enviar(topicIndicadores, null, evento.get("indicadorId").asText(), texto(evento));
    }

    public RecordMetadata publicarIndicador(ObjectNode evento, int particion) {
        return enviar(topicIndicadores, particion, evento.get("indicadorId").asText(), texto(evento));
    }

    public RecordMetadata registrarCaptura(ObjectNode evento) {
        return enviar(topicCapturas, null, evento.get("indicadorId").asText(), texto(evento));
    }

    public RecordMetadata registrarCaptura(ObjectNode evento, int particion) {
        return enviar(topicCapturas, particion, evento.get("indicadorId").asText(), texto(evento));
    }

    public RecordMetadata enviar(String topic, Integer particion, String clave, String valor) {
        try {
            return productor.send(new ProducerRecord<>(topic, particion, clave, valor)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka no aceptó el registro para " + topic, e);
        }
    }

    /**
     * Returns once the indicadores consumer has applied every record sent so far to
     * {@code particion}: a fresh definition sent after them is visible, and a partition is
     * consumed in order. Lets a test assert that an event changed nothing.
     */
    public void esperarIndicadoresAplicados(int particion) {
        UUID testigo = UUID.randomUUID();
        publicarIndicador(matriculaConsular(testigo, 1, 100), particion);
        ResultadosApi.esperar(testigo, consulta -> true);
    }

    /** The same barrier for the capturas consumer: a fresh captura sent after them is computed. */
    public void esperarCapturasAplicadas(int particion) {
        UUID testigo = UUID.randomUUID();
        publicarIndicador(matriculaConsular(testigo, 1, 100));
        ResultadosApi.esperar(testigo, consulta -> true);
        registrarCaptura(capturaAnual(testigo, 1, Map.of("V1", 100)), particion);
        ResultadosApi.esperarQ4Calculado(testigo);
    }

    /**
     * The seed's "matrícula consular" (FIN): DATO_ABSOLUTO V1, V1 ACTUALIZABLE, ASCENDENTE,
     * ANUAL, meta anual V1 = {@code meta} in December, the default semáforo.
     */
    public ObjectNode matriculaConsular(UUID indicadorId, int version, long meta) {
        ObjectNode evento = definicion(indicadorId, version, "FIN",
                "Porcentaje de matrículas consulares expedidas", "DATO_ABSOLUTO", "V1", variable("V1"));
        evento.putArray("variables").add(declaracion("V1", "Matrículas consulares expedidas", "ACTUALIZABLE"));
        evento.putArray("metasModificadas").add(delMes(12, Map.of("V1", meta)));
        rangos(evento, 70, 95);
        evento.put("resumenNarrativo", "CONTRIBUIR A PROTEGER LOS INTERESES Y DERECHOS DE LAS Y LOS MIGRANTES POBLANOS EN EL "
                + "EXTRANJERO MEDIANTE LA PRESTACIÓN DE SERVICIOS DE ATENCIÓN Y APOYO.");
        evento.put("responsable", "UNIDAD DE GESTIÓN PARA EL DESARROLLO INTEGRAL DEL MIGRANTE POBLANO.");
        evento.put("mediosVerificacion", "CONCENTRADO ANUAL DEL NÚMERO TOTAL DE MIGRANTES POBLANOS QUE OBTUVIERON SU "
                + "MATRÍCULA CONSULAR, LIGA OFICIAL: HTTPS://IIE.GOB.MX/ESTADISTICAS");
        evento.putArray("metasAprobadas").add(delMes(12, Map.of("V1", meta)));
        return evento;
    }

    /**
     * The seed's "programas a favor de migrantes" (PROPÓSITO): (V1 / V2) * 100, V1 ACUMULABLE,
     * V2 NO_ACUMULABLE, ASCENDENTE, ANUAL, meta modificada V1 9 / V2 9, semáforo ROJO below 90.
     */
    public ObjectNode programasMigrantes(UUID indicadorId, int version) {
        ObjectNode arbol = operacion("*",
                operacion("/", variable("V1"), variable("V2")),
                numero(100));
        ObjectNode evento = definicion(indicadorId, version, "PROPOSITO",
                "Porcentaje de programas a favor de migrantes realizados", "PORCENTAJE", "(V1/V2)*100", arbol);
        ArrayNode variables = evento.putArray("variables");
        variables.add(declaracion("V1", "Programas realizados", "ACUMULABLE"));
        variables.add(declaracion("V2", "Programas programados", "NO_ACUMULABLE"));
        evento.putArray("metasModificadas").add(delMes(12, Map.of("V1", 9, "V2", 9)));
        rangos(evento, 90, 95);
        evento.put("resumenNarrativo", "LOS MIGRANTES POBLANOS RADICADOS EN NORTEAMÉRICA, AQUELLOS EN RETORNO Y SUS FAMILIAS, "
                + "DISMINUYEN SU ESTADO DE VULNERABILIDAD.");
        evento.put("responsable", "UNIDAD DE GESTIÓN PARA EL DESARROLLO INTEGRAL DEL MIGRANTE POBLANO Y LA DIRECCIÓN DE "
                + "APOYO Y PROTECCIÓN DE MIGRANTES.");
        evento.put("mediosVerificacion", "CONCENTRADO ANUAL DE PROGRAMAS QUE SE PROPORCIONARON Y BENEFICIARON A LA COMUNIDAD "
                + "MIGRANTE.");
        // The seed's approved meta planned 10 programs; the modified one, 9.
        evento.putArray("metasAprobadas").add(delMes(12, Map.of("V1", 9, "V2", 10)));
        return evento;
    }

    /**
     * The demo's early warning (COMPONENTE): V1 ACTUALIZABLE, SEMESTRAL, metas V1 = {@code metaJunio}
     * in June and {@code metaDiciembre} in December, the default semáforo. Captured at Q2 below the
     * year's meta it is VERDE at Q2 and projects the level reached to December.
     */
    public ObjectNode padronMigrantes(UUID indicadorId, int version, long metaJunio, long metaDiciembre) {
        ObjectNode evento = definicion(indicadorId, version, "COMPONENTE",
                "Migrantes poblanos inscritos en el padrón de atención", "DATO_ABSOLUTO", "V1", variable("V1"));
        evento.put("frecuencia", "SEMESTRAL");
        evento.putArray("variables").add(declaracion("V1", "Migrantes inscritos en el padrón", "ACTUALIZABLE"));
        evento.putArray("metasModificadas").add(delMes(6, Map.of("V1", metaJunio)))
                .add(delMes(12, Map.of("V1", metaDiciembre)));
        rangos(evento, 70, 95);
        return evento;
    }

    /** A captura of a quarterly or semestral indicator: its values in the quarter's last month. */
    public ObjectNode captura(UUID indicadorId, int trimestre, int version, Map<String, ? extends Number> valores) {
        ObjectNode evento = capturaAnual(indicadorId, version, valores);
        evento.put("trimestre", trimestre);
        evento.putArray("valoresPorMes").add(delMes(3 * trimestre, valores));
        return evento;
    }

    /** A captura of an ANUAL indicator: quarter 4, its values in month 12. */
    public ObjectNode capturaAnual(UUID indicadorId, int version, Map<String, ? extends Number> valores) {
        ObjectNode evento = json.createObjectNode();
        evento.put("schemaVersion", 1);
        evento.put("eventId", UUID.randomUUID().toString());
        evento.put("occurredAt", "2024-01-12T10:15:30-06:00");
        evento.put("capturaId", UUID.randomUUID().toString());
        evento.put("indicadorId", indicadorId.toString());
        evento.put("definicionVersion", 1);
        evento.put("ejercicio", EJERCICIO);
        evento.put("trimestre", 4);
        evento.put("version", version);
        evento.put("estado", "ENVIADA");
        evento.putArray("valoresPorMes").add(delMes(12, valores));
        evento.put("preliminar", false);
        evento.put("tardia", false);
        evento.putNull("justificacionVariacion");
        evento.put("capturadoPor", "enlace.ipam");
        evento.put("capturadoEn", "2024-01-12T10:15:30-06:00");
        evento.putNull("analisisLogro");
        evento.putNull("comentario");
        return evento;
    }

    private ObjectNode definicion(UUID indicadorId, int version, String nivel, String nombre, String familia,
                                  String expresion, ObjectNode arbol) {
        ObjectNode evento = json.createObjectNode();
        evento.put("schemaVersion", 1);
        evento.put("eventId", UUID.randomUUID().toString());
        evento.put("occurredAt", "2023-02-01T09:00:00-06:00");
        evento.put("indicadorId", indicadorId.toString());
        evento.put("version", version);
        evento.put("estado", "PUBLICADO");
        ObjectNode programa = evento.putObject("programa");
        programa.put("ejercicio", EJERCICIO);
        programa.put("clave", "E011");
        programa.put("nombre", "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO");
        programa.put("ramo", "04");
        programa.put("unidadResponsable", "118");
        evento.put("nivel", nivel);
        evento.put("nombre", nombre);
        evento.put("tipo", "ESTRATEGICO");
        evento.put("dimension", "EFICACIA");
        evento.put("comportamiento", "ASCENDENTE");
        evento.putNull("formulaDescendente");
        evento.put("frecuencia", "ANUAL");
        evento.put("unidadMedida", "Porcentaje");
        ObjectNode metodo = evento.putObject("metodoCalculo");
        metodo.put("familia", familia);
        metodo.put("expresion", expresion);
        metodo.set("arbol", arbol);
        return evento;
    }

    private void rangos(ObjectNode evento, int amarillo, int verde) {
        ArrayNode rangos = evento.putArray("parametrosSemaforo");
        rangos.add(rango(0, amarillo, "ROJO"));
        rangos.add(rango(amarillo, verde, "AMARILLO"));
        rangos.add(rango(verde, 116, "VERDE"));
        rangos.add(rango(116, null, "EXCEDIDO"));
    }

    private ObjectNode rango(int desde, Integer hasta, String color) {
        ObjectNode rango = json.createObjectNode();
        rango.put("desde", BigDecimal.valueOf(desde));
        if (hasta == null) {
            rango.putNull("hasta");
        } else {
            rango.put("hasta", BigDecimal.valueOf(hasta));
        }
        rango.put("color", color);
        return rango;
    }

    private ObjectNode declaracion(String clave, String descripcion, String tipo) {
        ObjectNode variable = json.createObjectNode();
        variable.put("clave", clave);
        variable.put("descripcion", descripcion);
        variable.put("tipo", tipo);
        return variable;
    }

    /** {mes, valores}: the shape of both a meta modificada and a captured month. */
    private ObjectNode delMes(int mes, Map<String, ? extends Number> valores) {
        ObjectNode delMes = json.createObjectNode();
        delMes.put("mes", mes);
        ObjectNode porVariable = delMes.putObject("valores");
        valores.forEach((clave, valor) -> porVariable.put(clave, new BigDecimal(valor.toString())));
        return delMes;
    }

    private ObjectNode operacion(String operador, ObjectNode izquierda, ObjectNode derecha) {
        ObjectNode nodo = json.createObjectNode();
        nodo.put("tipo", "OPERACION");
        nodo.put("operador", operador);
        nodo.set("izquierda", izquierda);
        nodo.set("derecha", derecha);
        return nodo;
    }

    private ObjectNode variable(String clave) {
        ObjectNode nodo = json.createObjectNode();
        nodo.put("tipo", "VARIABLE");
        nodo.put("clave", clave);
        return nodo;
    }

    private ObjectNode numero(long valor) {
        ObjectNode nodo = json.createObjectNode();
        nodo.put("tipo", "NUMERO");
        nodo.put("valor", BigDecimal.valueOf(valor));
        return nodo;
    }

    private String texto(ObjectNode evento) {
        try {
            return json.writeValueAsString(evento);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
