package mx.pbrsed.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files of deploy/ checked on a machine with neither a Docker engine nor a
 * Kubernetes cluster: every manifest read as YAML and as the typed model of its kind (Kubernetes'
 * and Strimzi's, with unknown fields rejected), their cross-references, and their agreement with
 * what each service's application.properties configures.
 */
class DespliegueTest {
    private static final Path DEPLOY = Sistema.RAIZ.resolve("deploy");
    private static final Path K8S = DEPLOY.resolve("k8s");
    private static final List<String> SERVICIOS = List.of("catalog", "capture", "evaluation");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern REFERENCIA = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
    private static final Pattern CANAL = Pattern.compile("^mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.");
    private static final Map<String, Class<?>> MODELOS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class);
    /** Read by run-java.sh, the entry point of the services' base image. */
    private static final Set<String> LEIDAS_POR_LA_IMAGEN = Set.of("JAVA_OPTS", "GC_CONTAINER_OPTIONS");
    /** CloudNativePG publishes no Java model: its clusters are checked field by field below. */
    private static final String CLUSTER_CNPG = "postgresql.cnpg.io/v1/Cluster";

    private static List<Recurso> recursos;
    private static Map<String, Object> compose;

    record Recurso(Path archivo, Map<String, Object> doc) {
        String tipo() {
            return doc.get("apiVersion") + "/" + doc.get("kind");
        }

        String kind() {
            return (String) doc.get("kind");
        }

        String nombre() {
            return (String) en(doc, "metadata", "name");
        }

        @Override
        public String toString() {
            return kind() + " " + nombre() + " (" + K8S.relativize(archivo) + ")";
        }
    }

    @BeforeAll
    static void leer() throws IOException {
        recursos = new ArrayList<>();
        for (Path archivo : manifiestos()) {
            for (Object doc : yaml(archivo)) {
                if (doc != null) {
                    recursos.add(new Recurso(archivo, mapa(doc)));
                }
            }
        }
        // The ConfigMaps kustomize makes from env files, as it would make them.
        for (Object generador : lista(mapa(yaml(K8S.resolve("kustomization.yaml")).get(0)).get("configMapGenerator"))) {
            Map<String, Object> datos = new HashMap<>();
            for (Object envs : lista(mapa(generador).get("envs"))) {
                Path archivo = K8S.resolve((String) envs);
                for (String linea : Files.readAllLines(archivo)) {
                    if (!linea.isBlank() && !linea.startsWith("#")) {
                        datos.put(linea.substring(0, linea.indexOf('=')), linea.substring(linea.indexOf('=') + 1));
                    }
                }
            }
            recursos.add(new Recurso(K8S.resolve("kustomization.yaml"), Map.of("apiVersion", "v1", "kind", "ConfigMap",
                    "metadata", Map.of("name", mapa(generador).get("name")), "data", datos)));
        }
        compose = mapa(yaml(DEPLOY.resolve("docker-compose.yml")).get(0));
    }

    // ---------------------------------------------------------------------------------------
    // Kubernetes: form and schema
    // ---------------------------------------------------------------------------------------

    @Test
    void cadaDocumentoEsUnObjetoDeKubernetesConNombre() {
        assertThat(recursos).hasSizeGreaterThan(20);
        for (Recurso r : recursos) {
            assertThat(r.doc()).as(r.archivo().toString()).containsKeys("apiVersion", "kind");
            assertThat(r.nombre()).as("metadata.name of a %s in %s", r.kind(), r.archivo()).isNotBlank();
        }
        var claves = recursos.stream().map(r -> r.tipo() + "/" + r.nombre()).toList();
        assertThat(claves).as("no two objects share kind and name").doesNotHaveDuplicates();
    }

    @Test
    void laKustomizationIncluyeCadaManifiestoYNadaMas() throws IOException {
        Map<String, Object> kustomization = mapa(yaml(K8S.resolve("kustomization.yaml")).get(0));
        Set<Path> listados = lista(kustomization.get("resources")).stream()
                .map(recurso -> K8S.resolve((String) recurso).normalize())
                .collect(Collectors.toSet());
        assertThat(listados).containsExactlyInAnyOrderElementsOf(manifiestos());
        assertThat(kustomization.get("namespace")).isEqualTo(unico("Namespace").nombre());
    }

    @Test
    void cadaManifiestoCumpleElEsquemaDeSuTipo() {
        ObjectMapper estricto = mapperEstricto();
        for (Recurso r : recursos) {
            if (r.tipo().equals(CLUSTER_CNPG)) {
                continue;
            }
            assertThat(MODELOS).as("a model to check %s against", r).containsKey(r.tipo());
            assertThatCode(() -> estricto.convertValue(r.doc(), MODELOS.get(r.tipo())))
                    .as("%s against the schema of %s", r, r.tipo())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void losConfigMapsSoloTienenTexto() {
        for (Recurso r : deTipo("ConfigMap")) {
            mapa(r.doc().get("data")).forEach((clave, valor) ->
                    assertThat(valor).as("%s: %s must be a string (quote it)", r, clave).isInstanceOf(String.class));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Kubernetes: the services
    // ---------------------------------------------------------------------------------------

    @Test
    void cadaServicioTieneDeploymentConSondasYRecursos() {
        for (String servicio : SERVICIOS) {
            Map<String, Object> contenedor = contenedor(deployment(servicio));
            assertThat(en(contenedor, "livenessProbe", "httpGet", "path")).as(servicio).isEqualTo("/q/health/live");
            assertThat(en(contenedor, "readinessProbe", "httpGet", "path")).as(servicio).isEqualTo("/q/health/ready");
            for (String recurso : List.of("cpu", "memory")) {
                Object pedido = en(contenedor, "resources", "requests", recurso);
                Object limite = en(contenedor, "resources", "limits", recurso);
                assertThat(pedido).as("%s requests.%s", servicio, recurso).isNotNull();
                assertThat(limite).as("%s limits.%s", servicio, recurso).isNotNull();
                assertThat(cantidad(pedido)).as("%s: request of %s within its limit", servicio, recurso)
                        .isLessThanOrEqualTo(cantidad(limite));
            }
        }
    }

    @Test
    void elPuertoDelContenedorEsElDelServicioYElDeSuService() throws IOException {
        for (String servicio : SERVICIOS) {
            Recurso deployment = deployment(servicio);
            Map<String, Object> contenedor = contenedor(deployment);
            int puerto = Integer.parseInt(propiedades(servicio).getProperty("quarkus.http.port"));
            List<Map<String, Object>> puertos = mapas(contenedor.get("ports"));
            assertThat(puertos).extracting(p -> p.get("containerPort")).as(servicio).containsExactly(puerto);

            Recurso service = porNombre("Service", servicio + "-service");
            assertThat(mapa(en(deployment.doc(), "spec", "template", "metadata", "labels")))
                    .as("%s selects the pods of %s", service, deployment)
                    .containsAllEntriesOf(mapa(en(service.doc(), "spec", "selector")));
            for (Map<String, Object> puertoService : mapas(en(service.doc(), "spec", "ports"))) {
                Object destino = puertoService.get("targetPort");
                Object resuelto = destino instanceof String nombre
                        ? puertos.stream().filter(p -> nombre.equals(p.get("name"))).findFirst()
                                .map(p -> p.get("containerPort")).orElse(null)
                        : destino;
                assertThat(resuelto).as("%s targetPort %s", service, destino).isEqualTo(puerto);
            }
        }
    }

    @Test
    void losConfigMapsYSecretsQueUsaCadaDeploymentExisten() {
        for (Recurso deployment : deTipo("Deployment")) {
            Map<String, Object> contenedor = contenedor(deployment);
            for (Map<String, Object> fuente : mapas(contenedor.get("envFrom"))) {
                if (fuente.containsKey("configMapRef")) {
                    porNombre("ConfigMap", (String) en(fuente, "configMapRef", "name"));
                }
                if (fuente.containsKey("secretRef")) {
                    porNombre("Secret", (String) en(fuente, "secretRef", "name"));
                }
            }
            for (Map<String, Object> variable : mapas(contenedor.get("env"))) {
                Map<String, Object> secreto = mapa(en(variable, "valueFrom", "secretKeyRef"));
                if (!secreto.isEmpty()) {
                    assertThat(datos(porNombre("Secret", (String) secreto.get("name"))))
                            .as("%s: %s", deployment, variable.get("name")).containsKey((String) secreto.get("key"));
                }
                Map<String, Object> configMap = mapa(en(variable, "valueFrom", "configMapKeyRef"));
                if (!configMap.isEmpty()) {
                    assertThat(datos(porNombre("ConfigMap", (String) configMap.get("name"))))
                            .as("%s: %s", deployment, variable.get("name")).containsKey((String) configMap.get("key"));
                }
            }
        }
    }

    @Test
    void cadaVariableDeLosDeploymentsLaLeeSuServicio() throws IOException {
        for (String servicio : SERVICIOS) {
            Properties propiedades = propiedades(servicio);
            Set<String> variables = variables(servicio);
            // Environment forms of the settings of its channels and of the connectors they use.
            Set<String> canales = new TreeSet<>();
            for (String clave : propiedades.stringPropertyNames()) {
                Matcher canal = CANAL.matcher(clave);
                if (canal.find()) {
                    canales.add(enVariable(canal.group()));
                    if (clave.endsWith(".connector")) {
                        canales.add(enVariable("mp.messaging.connector." + propiedades.getProperty(clave) + "."));
                    }
                }
            }
            Map<String, Object> contenedor = contenedor(deployment(servicio));
            Set<String> nombres = new TreeSet<>();
            mapas(contenedor.get("env")).forEach(v -> nombres.add((String) v.get("name")));
            for (Map<String, Object> fuente : mapas(contenedor.get("envFrom"))) {
                if (fuente.containsKey("configMapRef")) {
                    nombres.addAll(datos(porNombre("ConfigMap", (String) en(fuente, "configMapRef", "name"))).keySet());
                }
            }
            for (String nombre : nombres) {
                boolean leida = variables.contains(nombre)
                        || LEIDAS_POR_LA_IMAGEN.contains(nombre)
                        || nombre.startsWith("QUARKUS_")
                        || canales.stream().anyMatch(nombre::startsWith);
                assertThat(leida).as("%s-service reads %s (a ${...} of application.properties, a QUARKUS_ "
                        + "property or a property of one of its channels %s)", servicio, nombre, canales).isTrue();
            }
        }
    }

    @Test
    void losAutoscalersApuntanADeploymentsYEvaluationNoPasaDeLasParticiones() {
        for (Recurso hpa : deTipo("HorizontalPodAutoscaler")) {
            assertThat(en(hpa.doc(), "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
            porNombre("Deployment", (String) en(hpa.doc(), "spec", "scaleTargetRef", "name"));
            assertThat(entero(en(hpa.doc(), "spec", "minReplicas"))).as("%s keeps two pods", hpa).isGreaterThanOrEqualTo(2);
        }
        for (String servicio : SERVICIOS) {
            porNombre("HorizontalPodAutoscaler", servicio + "-service");
        }
        int maximo = entero(en(porNombre("HorizontalPodAutoscaler", "evaluation-service").doc(), "spec", "maxReplicas"));
        // One consumer group: a pod beyond the partitions of the topics it reads gets none.
        assertThat(maximo).isEqualTo(particiones("capturas")).isLessThanOrEqualTo(particiones("indicadores"));
        int maximoCapture = entero(en(porNombre("HorizontalPodAutoscaler", "capture-service").doc(), "spec", "maxReplicas"));
        assertThat(maximoCapture).isLessThanOrEqualTo(particiones("indicadores"));
    }

    @Test
    void cadaPodDisruptionBudgetCubreUnDeployment() {
        assertThat(deTipo("PodDisruptionBudget")).hasSameSizeAs(deTipo("Deployment"));
        for (Recurso pdb : deTipo("PodDisruptionBudget")) {
            Map<String, Object> selector = mapa(en(pdb.doc(), "spec", "selector", "matchLabels"));
            assertThat(deTipo("Deployment"))
                    .as("a Deployment whose pods %s selects", pdb)
                    .anyMatch(d -> mapa(en(d.doc(), "spec", "template", "metadata", "labels")).entrySet()
                            .containsAll(selector.entrySet()));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Kubernetes: Kafka (Strimzi) and PostgreSQL (CloudNativePG)
    // ---------------------------------------------------------------------------------------

    @Test
    void kafkaTieneTresNodosQueReplicanATres() {
        Recurso kafka = unico("Kafka");
        Map<String, Object> config = mapa(en(kafka.doc(), "spec", "kafka", "config"));
        assertThat(config).containsEntry("default.replication.factor", 3)
                .containsEntry("min.insync.replicas", 2)
                .containsEntry("auto.create.topics.enable", false);
        Recurso pool = unico("KafkaNodePool");
        assertThat(en(pool.doc(), "metadata", "labels", "strimzi.io/cluster")).isEqualTo(kafka.nombre());
        assertThat(en(pool.doc(), "spec", "replicas")).isEqualTo(3);
        assertThat(lista(en(pool.doc(), "spec", "roles"))).containsExactlyInAnyOrder("broker", "controller");

        Object puertoPlano = mapas(en(kafka.doc(), "spec", "kafka", "listeners")).stream()
                .filter(l -> Boolean.FALSE.equals(l.get("tls"))).findFirst().orElseThrow().get("port");
        String bootstrap = kafka.nombre() + "-kafka-bootstrap:" + puertoPlano;
        for (String servicio : SERVICIOS) {
            assertThat(datos(porNombre("ConfigMap", servicio + "-service-config")))
                    .as(servicio).containsEntry("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        }
    }

    @Test
    void cadaTopicTieneTresReplicasYMinIsrDos() {
        String cluster = unico("Kafka").nombre();
        for (Recurso topic : deTipo("KafkaTopic")) {
            assertThat(en(topic.doc(), "metadata", "labels", "strimzi.io/cluster")).as(topic.toString()).isEqualTo(cluster);
            assertThat(en(topic.doc(), "spec", "replicas")).as(topic.toString()).isEqualTo(3);
            assertThat(entero(en(topic.doc(), "spec", "partitions"))).as(topic.toString()).isPositive();
            assertThat(en(topic.doc(), "spec", "config", "min.insync.replicas")).as(topic.toString()).isEqualTo(2);
        }
    }

    @Test
    void cadaTopicTieneLasParticionesDocumentadasEnTodasPartes() throws IOException {
        int particiones = Sistema.particiones();
        for (Recurso topic : deTipo("KafkaTopic")) {
            assertThat(entero(en(topic.doc(), "spec", "partitions"))).as(topic.toString()).isEqualTo(particiones);
        }
        assertThat(en(compose, "services", "kafka", "environment", "KAFKA_NUM_PARTITIONS")).isEqualTo(particiones);
        assertThat(Files.readString(DEPLOY.resolve("infra.sh"))).contains("--partitions \"$KAFKA_PARTICIONES\"");
        assertThat(Files.readString(Sistema.RAIZ.resolve("README.md"))).contains(particiones + " partitions");
        // the topics infra.sh creates for run.sh, and those the end-to-end runs create, are the services' event topics
        String infra = Files.readString(DEPLOY.resolve("infra.sh"));
        assertThat(infra).contains("readonly KAFKA_TOPICS=(" + String.join(" ", Sistema.TOPICS) + ")");
        Set<String> eventos = new HashSet<>();
        for (String servicio : SERVICIOS) {
            topicsConfigurados(propiedades(servicio)).stream().filter(t -> !t.contains("-dlq-")).forEach(eventos::add);
        }
        assertThat(eventos).containsExactlyInAnyOrderElementsOf(Sistema.TOPICS);
    }

    @Test
    void losTopicsDeclaradosSonLosQueConfiguranLosServicios() throws IOException {
        Set<String> declarados = deTipo("KafkaTopic").stream().map(DespliegueTest::nombreTopic).collect(Collectors.toSet());
        Set<String> configurados = new TreeSet<>();
        for (String servicio : SERVICIOS) {
            configurados.addAll(topicsConfigurados(propiedades(servicio)));
        }
        assertThat(configurados).as("topics of the services").contains("indicadores", "capturas", "capturas-tardias");
        assertThat(declarados).as("every topic a service uses needs a KafkaTopic in deploy/k8s/kafka/topics.yaml "
                + "(auto-creation is off)").containsAll(configurados);
        assertThat(configurados).as("KafkaTopics that no service configures").containsAll(declarados);
    }

    @Test
    @SuppressWarnings("unchecked")
    void laAsyncApiDocumentaCadaTopicQueConfiguranLosServicios() throws IOException {
        Map<String, Object> asyncapi;
        try (Reader lector = Files.newBufferedReader(DEPLOY.resolve("contracts/asyncapi.yaml"))) {
            asyncapi = new Yaml().load(lector);
        }
        Set<String> documentados = ((Map<String, Map<String, Object>>) asyncapi.get("channels")).values().stream()
                .map(canal -> (String) canal.get("address")).collect(Collectors.toSet());
        Set<String> configurados = new TreeSet<>();
        for (String servicio : SERVICIOS) {
            configurados.addAll(topicsConfigurados(propiedades(servicio)));
        }
        assertThat(documentados).as("every topic needs a channel in deploy/contracts/asyncapi.yaml")
                .containsAll(configurados);
    }

    @Test
    void cadaServicioTieneSuClusterDePostgresqlConSusCredenciales() {
        for (String servicio : SERVICIOS) {
            String url = (String) datos(porNombre("ConfigMap", servicio + "-service-config"))
                    .get(servicio.toUpperCase() + "_DB_URL");
            URI uri = URI.create(url.substring("jdbc:".length()));
            assertThat(uri.getHost()).as(url).endsWith("-rw");
            Recurso cluster = porNombre("Cluster", uri.getHost().substring(0, uri.getHost().length() - "-rw".length()));
            Map<String, Object> initdb = mapa(en(cluster.doc(), "spec", "bootstrap", "initdb"));
            assertThat(en(cluster.doc(), "spec", "instances")).as(cluster.toString()).isEqualTo(3);
            assertThat(en(cluster.doc(), "spec", "storage", "size")).as(cluster.toString()).isNotNull();
            assertThat(initdb.get("database")).as(cluster.toString()).isEqualTo(uri.getPath().substring(1));

            Recurso secreto = porNombre("Secret", (String) en(initdb, "secret", "name"));
            assertThat(secreto.doc().get("type")).isEqualTo("kubernetes.io/basic-auth");
            assertThat(datos(secreto)).containsEntry("username", initdb.get("owner"));
            Map<String, Object> usuario = mapas(contenedor(deployment(servicio)).get("env")).stream()
                    .filter(v -> v.get("name").equals(servicio.toUpperCase() + "_DB_USER")).findFirst().orElseThrow();
            assertThat(en(usuario, "valueFrom", "secretKeyRef", "name"))
                    .as("%s logs in as the owner CloudNativePG creates", servicio).isEqualTo(secreto.nombre());
        }
    }

    // ---------------------------------------------------------------------------------------
    // docker-compose.yml
    // ---------------------------------------------------------------------------------------

    @Test
    void composeDependeSoloDeServiciosConHealthcheck() throws IOException {
        Map<String, Object> servicios = mapa(compose.get("services"));
        for (var entrada : servicios.entrySet()) {
            for (var dependencia : mapa(mapa(entrada.getValue()).get("depends_on")).entrySet()) {
                assertThat(servicios).as("%s depends on %s", entrada.getKey(), dependencia.getKey())
                        .containsKey(dependencia.getKey());
                assertThat(en(dependencia.getValue(), "condition")).isEqualTo("service_healthy");
                assertThat(tieneHealthcheck(mapa(servicios.get(dependencia.getKey()))))
                        .as("%s has a health check", dependencia.getKey()).isTrue();
            }
        }
        assertThat(mapa(mapa(servicios.get("demo")).get("depends_on")))
                .containsOnlyKeys("catalog-service", "capture-service", "evaluation-service");
    }

    @Test
    void composeConstruyeCadaServicioConSuDockerfileYSuPuerto() throws IOException {
        for (String servicio : SERVICIOS) {
            Map<String, Object> definicion = mapa(en(compose, "services", servicio + "-service"));
            Path contexto = DEPLOY.resolve((String) en(definicion, "build", "context")).normalize();
            assertThat(contexto).isEqualTo(Sistema.RAIZ.resolve(servicio + "-service"));
            String dockerfile = Files.readString(contexto.resolve((String) en(definicion, "build", "dockerfile")));
            String puerto = propiedades(servicio).getProperty("quarkus.http.port");

            assertThat(dockerfile).contains("FROM registry.access.redhat.com/ubi9/openjdk-17-runtime")
                    .contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/")
                    .contains("USER 185")
                    .contains("EXPOSE " + puerto + "\n")
                    .doesNotContain("ENV JAVA_OPTS=")
                    .contains("/dev/tcp/127.0.0.1/" + puerto)
                    .contains("GET /q/health/ready");
            assertThat(lista(definicion.get("ports"))).contains("127.0.0.1:" + puerto + ":" + puerto);
        }
    }

    @Test
    void lasOpcionesDeLaJvmVienenDeUnSoloArchivo() throws IOException {
        Map<String, Object> opciones = datos(porNombre("ConfigMap", "jvm-options"));
        assertThat(opciones).containsOnlyKeys(LEIDAS_POR_LA_IMAGEN);
        assertThat(String.join(" ", Sistema.opcionesJvm())).isEqualTo(opciones.get("JAVA_OPTS"));
        for (String servicio : SERVICIOS) {
            assertThat(mapas(contenedor(deployment(servicio)).get("envFrom")))
                    .as("%s-service takes the jvm-options ConfigMap", servicio)
                    .anyMatch(fuente -> "jvm-options".equals(en(fuente, "configMapRef", "name")));
            assertThat(en(compose, "services", servicio + "-service", "env_file")).isEqualTo("k8s/jvm.env");
        }
        for (String script : List.of("run.sh", "bench/run.sh")) {
            assertThat(Files.readString(DEPLOY.resolve(script))).as(script).contains("deploy/k8s/jvm.env");
        }
    }

    @Test
    void composeSoloPasaVariablesQueLeeCadaServicio() throws IOException {
        for (String servicio : SERVICIOS) {
            Map<String, Object> entorno = mapa(en(compose, "services", servicio + "-service", "environment"));
            assertThat(variables(servicio)).as("variables of %s-service", servicio).containsAll(entorno.keySet());
        }
        String cargar = Files.readString(DEPLOY.resolve("demo/cargar.sh"));
        for (String variable : mapa(en(compose, "services", "demo", "environment")).keySet()) {
            assertThat(cargar).as("deploy/demo/cargar.sh reads %s", variable).contains("${" + variable);
        }
        assertThat(lista(en(compose, "services", "demo", "entrypoint")))
                .anyMatch(parte -> String.valueOf(parte).contains("/demo/cargar.sh"));
    }

    @Test
    void composeConectaLosServiciosConPostgresqlYKafka() throws IOException {
        Map<String, Object> servicios = mapa(compose.get("services"));
        String init = Files.readString(DEPLOY.resolve("compose/init-db.sql"));
        assertThat(lista(en(servicios, "postgres", "volumes")))
                .contains("./compose/init-db.sql:/docker-entrypoint-initdb.d/init-db.sql:ro");
        String listeners = (String) en(servicios, "kafka", "environment", "KAFKA_ADVERTISED_LISTENERS");
        List<String> anunciados = List.of(listeners.split(","));
        for (String servicio : SERVICIOS) {
            Map<String, Object> entorno = mapa(en(servicios, servicio + "-service", "environment"));
            String prefijo = servicio.toUpperCase();
            URI uri = URI.create(((String) entorno.get(prefijo + "_DB_URL")).substring("jdbc:".length()));
            assertThat(servicios).containsKey(uri.getHost());
            String usuario = (String) entorno.get(prefijo + "_DB_USER");
            String clave = (String) entorno.get(prefijo + "_DB_PASSWORD");
            assertThat(init).contains("CREATE ROLE " + usuario + " LOGIN PASSWORD '" + clave + "';")
                    .contains("CREATE DATABASE " + uri.getPath().substring(1) + " OWNER " + usuario + ";");

            String bootstrap = (String) entorno.get("KAFKA_BOOTSTRAP_SERVERS");
            assertThat(anunciados).as("the broker advertises %s to the services", bootstrap)
                    .anyMatch(l -> l.endsWith("://" + bootstrap));
            assertThat(servicios).containsKey(bootstrap.substring(0, bootstrap.indexOf(':')));
        }
    }

    // ---------------------------------------------------------------------------------------

    private static boolean tieneHealthcheck(Map<String, Object> servicio) throws IOException {
        if (en(servicio, "healthcheck", "test") != null) {
            return true;
        }
        Object contexto = en(servicio, "build", "context");
        return contexto != null && Files.readString(DEPLOY.resolve((String) contexto)
                .resolve((String) en(servicio, "build", "dockerfile"))).contains("\nHEALTHCHECK ");
    }

    private static Set<String> topicsConfigurados(Properties propiedades) {
        Set<String> topics = new HashSet<>();
        for (String clave : propiedades.stringPropertyNames()) {
            boolean esTopic = clave.startsWith("pbr.topics.") || clave.endsWith(".dead-letter-queue.topic")
                    || (clave.startsWith("mp.messaging.") && clave.endsWith(".topic"));
            if (esTopic && !clave.startsWith("%")) {
                topics.add(resolver(propiedades.getProperty(clave), propiedades));
            }
        }
        return topics;
    }

    /** Expands ${name} and ${name:default} as the production profile would. */
    private static String resolver(String valor, Properties propiedades) {
        Matcher m = REFERENCIA.matcher(valor);
        StringBuilder resultado = new StringBuilder();
        while (m.find()) {
            String propio = propiedades.getProperty(m.group(1));
            String sustituto = propio != null ? resolver(propio, propiedades) : Objects.requireNonNull(m.group(2), m.group());
            m.appendReplacement(resultado, Matcher.quoteReplacement(sustituto));
        }
        return m.appendTail(resultado).toString();
    }

    private static String nombreTopic(Recurso topic) {
        Object nombre = en(topic.doc(), "spec", "topicName");
        return nombre != null ? (String) nombre : topic.nombre();
    }

    private static int particiones(String topic) {
        return deTipo("KafkaTopic").stream().filter(t -> nombreTopic(t).equals(topic)).findFirst()
                .map(t -> entero(en(t.doc(), "spec", "partitions"))).orElseThrow();
    }

    /** MicroProfile Config's environment form of a property name. */
    private static String enVariable(String propiedad) {
        return propiedad.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }

    private static Properties propiedades(String servicio) throws IOException {
        var propiedades = new Properties();
        try (Reader lector = Files.newBufferedReader(
                Sistema.RAIZ.resolve(servicio + "-service/src/main/resources/application.properties"))) {
            propiedades.load(lector);
        }
        return propiedades;
    }

    private static Set<String> variables(String servicio) throws IOException {
        String texto = Files.readString(Sistema.RAIZ.resolve(servicio + "-service/src/main/resources/application.properties"));
        return VARIABLE.matcher(texto).results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /**
     * Kubernetes' and Strimzi's models keep unknown fields in an "additional properties" map;
     * without that escape hatch, and with ignoreUnknown off, a misspelt or misplaced field fails.
     */
    private static ObjectMapper mapperEstricto() {
        return JsonMapper.builder()
                .annotationIntrospector(new JacksonAnnotationIntrospector() {
                    @Override
                    public Boolean hasAnySetter(Annotated a) {
                        return Boolean.FALSE;
                    }

                    @Override
                    public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
                        return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
                    }
                })
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    private static Recurso deployment(String servicio) {
        return porNombre("Deployment", servicio + "-service");
    }

    private static Map<String, Object> contenedor(Recurso deployment) {
        List<Map<String, Object>> contenedores = mapas(en(deployment.doc(), "spec", "template", "spec", "containers"));
        assertThat(contenedores).as(deployment.toString()).hasSize(1);
        return contenedores.get(0);
    }

    private static Map<String, Object> datos(Recurso recurso) {
        Map<String, Object> datos = new HashMap<>(mapa(recurso.doc().get("data")));
        datos.putAll(mapa(recurso.doc().get("stringData")));
        return datos;
    }

    private static List<Recurso> deTipo(String kind) {
        return recursos.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    private static Recurso unico(String kind) {
        List<Recurso> deEseTipo = deTipo(kind);
        assertThat(deEseTipo).as("one %s", kind).hasSize(1);
        return deEseTipo.get(0);
    }

    private static Recurso porNombre(String kind, String nombre) {
        return deTipo(kind).stream().filter(r -> r.nombre().equals(nombre)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + nombre + " in deploy/k8s"));
    }

    private static List<Path> manifiestos() throws IOException {
        try (Stream<Path> archivos = Files.walk(K8S)) {
            return archivos.filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("kustomization.yaml"))
                    .map(Path::normalize).sorted().toList();
        }
    }

    private static List<Object> yaml(Path archivo) throws IOException {
        try (Reader lector = Files.newBufferedReader(archivo)) {
            var documentos = new ArrayList<>();
            new Yaml().loadAll(lector).forEach(documentos::add);
            return documentos;
        }
    }

    private static BigDecimal cantidad(Object valor) {
        return Quantity.getAmountInBytes(new Quantity(String.valueOf(valor)));
    }

    private static int entero(Object valor) {
        return ((Number) valor).intValue();
    }

    /** The value at a path of nested maps, or null if any step is missing. */
    private static Object en(Object raiz, String... camino) {
        Object actual = raiz;
        for (String paso : camino) {
            if (!(actual instanceof Map<?, ?> mapa)) {
                return null;
            }
            actual = mapa.get(paso);
        }
        return actual;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapa(Object valor) {
        return valor == null ? Map.of() : (Map<String, Object>) valor;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> lista(Object valor) {
        return valor == null ? List.of() : (List<Object>) valor;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mapas(Object valor) {
        return valor == null ? List.of() : (List<Map<String, Object>>) valor;
    }
}
