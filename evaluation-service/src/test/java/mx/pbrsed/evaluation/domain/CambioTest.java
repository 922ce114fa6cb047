package mx.pbrsed.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CambioTest {
    private static final ValorResultado BASE = new ValorResultado(EstadoResultado.CALCULADO, new BigDecimal("32822"),
            new BigDecimal("45649"), new BigDecimal("71.90"), Color.AMARILLO, "l", "m", "a", 1, 1, "ENVIADA", false,
            false, true, proyeccion("80", Color.AMARILLO));
    /** The figures: a change of one of them is announced; of any other field, kept in the history only. */
    private static final Set<String> CIFRAS = Set.of("estado", "logro", "metaProgramada", "avancePorcentaje", "semaforo");
    /** Per field of ValorResultado, values other than BASE's (null included where the field takes it). */
    private static final Map<String, List<Object>> OTROS_VALORES = Map.ofEntries(
            Map.entry("estado", List.of(EstadoResultado.SIN_META, EstadoResultado.SIN_CAPTURA)),
            Map.entry("logro", Arrays.asList(new BigDecimal("32823"), null)),
            Map.entry("metaProgramada", Arrays.asList(new BigDecimal("45650"), null)),
            Map.entry("avancePorcentaje", Arrays.asList(new BigDecimal("71.91"), null)),
            Map.entry("semaforo", Arrays.asList(Color.ROJO, Color.VERDE, null)),
            Map.entry("trazaLogro", Arrays.asList("otra", null)),
            Map.entry("trazaMeta", Arrays.asList("otra", null)),
            Map.entry("trazaAvance", Arrays.asList("otra", null)),
            Map.entry("definicionVersion", List.of(2)),
            Map.entry("capturaVersion", Arrays.asList(2, null)),
            Map.entry("capturaEstado", Arrays.asList("VALIDADA", null)),
            Map.entry("tardia", List.of(true)),
            Map.entry("preliminar", List.of(true)),
            Map.entry("faltaJustificacion", List.of(false)),
            // a change of the projection alone is the history's (alertas-tempranas announces a colour change)
            Map.entry("proyeccion", Arrays.asList(proyeccion("96", Color.VERDE), proyeccion("81", Color.AMARILLO),
                    null)));

    private static Proyeccion proyeccion(String logro, Color color) {
        return new Proyeccion(new BigDecimal(logro), new BigDecimal("100"), new BigDecimal(logro + ".00"), color, "t");
    }

    @Test
    void elMismoValorNoEsCambio() {
        assertThat(Cambio.entre(BASE, BASE)).isEqualTo(Cambio.NINGUNO);
    }

    @Test
    void lasCifrasSeComparanPorValorNoPorEscala() {
        ValorResultado otraEscala = con(con(con(BASE, "logro", new BigDecimal("32822.000")),
                "metaProgramada", new BigDecimal("45649.0")), "avancePorcentaje", new BigDecimal("71.9"));
        otraEscala = con(otraEscala, "proyeccion", new Proyeccion(new BigDecimal("80.0"), new BigDecimal("100.000"),
                new BigDecimal("80.0"), Color.AMARILLO, "t"));

        assertThat(Cambio.entre(BASE, otraEscala)).isEqualTo(Cambio.NINGUNO);
    }

    @Test
    void elPrimerResultadoDeUnPeriodoSeAnuncia() {
        assertThat(Cambio.entre(null, BASE)).isEqualTo(Cambio.ANUNCIADO);
    }

    /** Every field, every other value, both directions: a field added to ValorResultado must be listed here. */
    @Test
    void unaCifraQueCambiaSeAnunciaYCualquierOtroCampoSoloQuedaEnElHistorial() {
        for (RecordComponent campo : ValorResultado.class.getRecordComponents()) {
            assertThat(OTROS_VALORES).as("otros valores de %s", campo.getName()).containsKey(campo.getName());
            Cambio esperado = CIFRAS.contains(campo.getName()) ? Cambio.ANUNCIADO : Cambio.SOLO_HISTORIAL;
            for (Object valor : OTROS_VALORES.get(campo.getName())) {
                ValorResultado otro = con(BASE, campo.getName(), valor);
                assertThat(Cambio.entre(BASE, otro)).as("%s: %s -> %s", campo.getName(), BASE, otro).isEqualTo(esperado);
                assertThat(Cambio.entre(otro, BASE)).as("%s: %s -> %s", campo.getName(), otro, BASE).isEqualTo(esperado);
            }
        }
    }

    @Test
    void unCambioDeCifrasJuntoAOtroCampoSeAnuncia() {
        for (String cifra : CIFRAS) {
            for (String campo : OTROS_VALORES.keySet()) {
                if (!CIFRAS.contains(campo)) {
                    ValorResultado otro = con(con(BASE, cifra, OTROS_VALORES.get(cifra).get(0)), campo,
                            OTROS_VALORES.get(campo).get(0));
                    assertThat(Cambio.entre(BASE, otro)).as("%s y %s", cifra, campo).isEqualTo(Cambio.ANUNCIADO);
                }
            }
        }
    }

    /** {@code valor} with one field changed. */
    private static ValorResultado con(ValorResultado valor, String campo, Object nuevo) {
        try {
            RecordComponent[] campos = ValorResultado.class.getRecordComponents();
            Object[] valores = new Object[campos.length];
            Class<?>[] tipos = new Class<?>[campos.length];
            for (int i = 0; i < campos.length; i++) {
                valores[i] = campos[i].getName().equals(campo) ? nuevo : campos[i].getAccessor().invoke(valor);
                tipos[i] = campos[i].getType();
            }
            return ValorResultado.class.getDeclaredConstructor(tipos).newInstance(valores);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
