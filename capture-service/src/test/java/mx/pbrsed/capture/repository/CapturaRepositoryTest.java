package mx.pbrsed.capture.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.domain.Frecuencia;
import mx.pbrsed.capture.domain.ValoresMes;
import mx.pbrsed.capture.repository.CapturaRepository.Periodo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC paths of CapturaRepository against what Hibernate writes and reads. */
@QuarkusTest
class CapturaRepositoryTest {
    @Inject
    CapturaRepository capturas;
    @Inject
    IndicadorRepository indicadores;
    @Inject
    EntityManager em;

    /** The state bytecode enhancement adds to a managed entity. */
    private static final String HIBERNATE = "\\$\\$_hibernate.*";

    private UUID indicadorId;

    @BeforeEach
    void indicador() {
        indicadorId = UUID.randomUUID();
        var indicador = new IndicadorEntity();
        indicador.id = indicadorId;
        indicador.version = 1;
        indicador.estado = "VIGENTE";
        indicador.ejercicio = 2023;
        indicador.programaClave = "E001";
        indicador.unidadResponsable = "100";
        indicador.nombre = "Indicador del repositorio";
        indicador.frecuencia = Frecuencia.MENSUAL;
        indicador.variables = List.of("V1", "V2");
        indicador.actualizadoEn = OffsetDateTime.now(ZoneOffset.UTC);
        QuarkusTransaction.requiringNew().run(() -> indicadores.persist(indicador));
    }

    @Test
    void unaVersionInsertadaPorJdbcSeLeeComoUnaQueGuardaHibernate() {
        CapturaEntity porJdbc = captura(1);
        CapturaEntity porHibernate = captura(2);
        QuarkusTransaction.requiringNew().run(() -> {
            capturas.insertar(List.of(porJdbc));
            capturas.persist(porHibernate);
        });

        QuarkusTransaction.requiringNew().run(() -> {
            CapturaEntity leidaJdbc = capturas.findById(porJdbc.id);
            CapturaEntity leidaHibernate = capturas.findById(porHibernate.id);
            assertThat(leidaJdbc).usingRecursiveComparison().ignoringFieldsMatchingRegexes(HIBERNATE)
                    .ignoringFields("id", "version", "hash", "hashAnterior").isEqualTo(leidaHibernate);
            assertThat(leidaJdbc).usingRecursiveComparison().ignoringFieldsMatchingRegexes(HIBERNATE).isEqualTo(porJdbc);
            assertThat(valoresJsonb(porJdbc.id)).isEqualTo(valoresJsonb(porHibernate.id));
        });
    }

    @Test
    void lasUltimasVersionesSonLaMayorDeCadaPeriodoConVersiones() {
        CapturaEntity segunda = captura(2);
        QuarkusTransaction.requiringNew().run(() -> capturas.insertar(List.of(
                captura(1), segunda, captura(3), conTrimestre(captura(1), 2))));

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(capturas.ultimasVersiones(List.of(
                    new Periodo(indicadorId, 2023, 1), new Periodo(indicadorId, 2023, 2), new Periodo(indicadorId, 2023, 3))))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(new Periodo(indicadorId, 2023, 1), 3, new Periodo(indicadorId, 2023, 2), 1));
            assertThat(capturas.ultimoNumeroDeVersion(new Periodo(indicadorId, 2023, 1))).isEqualTo(3);
            assertThat(capturas.ultimoNumeroDeVersion(new Periodo(indicadorId, 2023, 4))).isZero();
            assertThat(capturas.ultimasVersiones(List.of())).isEmpty();
            // the hash a new version links to: the stored one of the version it follows
            assertThat(capturas.hashes(Map.of(new Periodo(indicadorId, 2023, 1), 2, new Periodo(indicadorId, 2023, 3), 1)))
                    .containsExactlyEntriesOf(Map.of(new Periodo(indicadorId, 2023, 1), segunda.hash));
        });
    }

    private String valoresJsonb(UUID id) {
        return (String) em.createNativeQuery("select valores::text from captura where id = ?1").setParameter(1, id)
                .getSingleResult();
    }

    private CapturaEntity captura(int version) {
        var c = new CapturaEntity();
        c.id = UUID.randomUUID();
        c.indicadorId = indicadorId;
        c.ejercicio = 2023;
        c.trimestre = 1;
        c.version = version;
        c.estado = EstadoCaptura.ENVIADA;
        c.definicionVersion = 1;
        c.valores = List.of(new ValoresMes(1, Map.of("V1", new BigDecimal("32822.50"), "V2", new BigDecimal("7"))),
                new ValoresMes(2, Map.of("V1", new BigDecimal("0.125"), "V2", new BigDecimal("12345678901234.99"))));
        c.analisisLogro = "Se cumplió la meta \"programada\"";
        c.justificacionVariacion = null;
        c.preliminar = true;
        c.tardia = true;
        c.diasRetraso = 12;
        c.capturadoPor = "CAPT800101AB1";
        // microseconds: what a timestamptz keeps
        c.capturadoEn = OffsetDateTime.of(2024, 1, 20, 18, 30, 15, 123_456_000, ZoneOffset.UTC);
        c.hashAnterior = version == 1 ? null : "a".repeat(64);
        c.sellar(List.of());
        return c;
    }

    private static CapturaEntity conTrimestre(CapturaEntity captura, int trimestre) {
        captura.trimestre = trimestre;
        captura.sellar(List.of());
        return captura;
    }
}
