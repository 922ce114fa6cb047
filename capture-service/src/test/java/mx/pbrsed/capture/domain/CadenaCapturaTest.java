package mx.pbrsed.capture.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical content of a captura version, its hash and the walk of a chain, without a database. */
class CadenaCapturaTest {
    private static final UUID INDICADOR = UUID.fromString("5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b");
    private static final OffsetDateTime CAPTURADA = OffsetDateTime.parse("2024-01-10T18:00:00.123456Z");

    @Test
    void elContenidoCanonicoEsElDocumentadoCampoPorCampo() {
        var version = version(1, Map.of("V2", new BigDecimal("35000.00"), "V1", new BigDecimal("32822")),
                "Análisis \"preliminar\"\nsegunda línea");

        assertThat(CadenaCaptura.canonico(version, List.of(), null)).isEqualTo("""
                formato=pbrsed-captura/1
                id=00000000-0000-0000-0000-000000000001
                indicadorId=5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b
                ejercicio=2023
                trimestre=4
                version=1
                definicionVersion=3
                estado=ENVIADA
                revision=0
                valor.12.V1=32822
                valor.12.V2=35000
                analisisLogro="Análisis \\"preliminar\\"\\nsegunda línea"
                justificacionVariacion=null
                preliminar=true
                tardia=false
                diasRetraso=0
                capturadoPor="OORE690714H58"
                capturadoEn=2024-01-10T18:00:00.123456Z
                validadoPor=null
                validadoEn=null
                comentario=null
                hashAnterior=null
                """);
    }

    @Test
    void elHashEsElSha256HexadecimalDelContenidoCanonico() {
        var version = version(1, Map.of("V1", new BigDecimal("9")), null);

        // printf '%s' "$canonico" | sha256sum gives the same: the format is all a verifier outside needs
        assertThat(CadenaCaptura.hash(version, List.of(), null))
                .matches("[0-9a-f]{64}")
                .isEqualTo(sha256(CadenaCaptura.canonico(version, List.of(), null)));
    }

    @Test
    void unValorEscritoDeOtraFormaYUnInstanteEnOtraZonaDanElMismoHash() {
        var escrito = version(1, Map.of("V1", new BigDecimal("71.90"), "V2", new BigDecimal("1E+2")), null);
        var normal = version(1, Map.of("V1", new BigDecimal("71.9"), "V2", new BigDecimal("100")), null);
        var enCdmx = conCapturadoEn(normal, CAPTURADA.withOffsetSameInstant(ZoneOffset.ofHours(-6)));

        assertThat(CadenaCaptura.hash(escrito, List.of(), null)).isEqualTo(CadenaCaptura.hash(normal, List.of(), null))
                .isEqualTo(CadenaCaptura.hash(enCdmx, List.of(), null));
        assertThat(CadenaCaptura.canonico(escrito, List.of(), null)).contains("valor.12.V1=71.9\n", "valor.12.V2=100\n");
    }

    @Test
    void cadaCampoQueImportaCambiaElHash() {
        var base = version(2, Map.of("V1", new BigDecimal("9")), "texto");
        String hash = CadenaCaptura.hash(base, List.of(), "a".repeat(64));
        var evidencia = new EvidenciaAdjunta(UUID.randomUUID(), base.id(), 2, "acta.pdf", "application/pdf", 10, "b".repeat(64),
                "OORE690714H58", CAPTURADA);

        assertThat(List.of(
                CadenaCaptura.hash(version(2, Map.of("V1", new BigDecimal("9.000001")), "texto"), List.of(), "a".repeat(64)),
                CadenaCaptura.hash(version(2, Map.of("V1", new BigDecimal("9")), "texto "), List.of(), "a".repeat(64)),
                CadenaCaptura.hash(base, List.of(), "c".repeat(64)),
                CadenaCaptura.hash(base, List.of(evidencia), "a".repeat(64)),
                CadenaCaptura.hash(base.revisada(EstadoCaptura.VALIDADA, null, "validador", CAPTURADA.toInstant()), List.of(),
                        "a".repeat(64)),
                CadenaCaptura.hash(conCapturadoEn(base, CAPTURADA.plusNanos(1000)), List.of(), "a".repeat(64))))
                .doesNotContain(hash)
                .doesNotHaveDuplicates();
    }

    @Test
    void unaCadenaIntactaNoTieneRupturas() {
        var verificador = new CadenaCaptura.Verificador(10);
        cadena(INDICADOR, 3).forEach(verificador::agregar);
        cadena(UUID.randomUUID(), 2).forEach(verificador::agregar);

        assertThat(verificador.rupturas()).isEmpty();
        assertThat(verificador.cadenas()).isEqualTo(2);
        assertThat(verificador.versiones()).isEqualTo(5);
    }

    @Test
    void unValorEditadoRompeElContenidoDeEsaVersionYSoloElla() {
        List<CadenaCaptura.Eslabon> cadena = cadena(INDICADOR, 3);
        var editada = cadena.get(1);
        cadena.set(1, new CadenaCaptura.Eslabon(version(2, Map.of("V1", new BigDecimal("10")), null),
                editada.evidencias(), editada.hashAnterior(), editada.hash()));

        var ruptura = unicaRuptura(cadena);

        assertThat(ruptura.version()).isEqualTo(2);
        assertThat(ruptura.tipo()).isEqualTo(CadenaCaptura.Tipo.CONTENIDO);
        assertThat(ruptura.almacenado()).isEqualTo(editada.hash());
        assertThat(ruptura.esperado()).isEqualTo(CadenaCaptura.hash(cadena.get(1).version(), List.of(), editada.hashAnterior()));
    }

    @Test
    void unaVersionBorradaRompeElEnlaceDeLaSiguiente() {
        List<CadenaCaptura.Eslabon> cadena = cadena(INDICADOR, 3);
        String hashDeLaPrimera = cadena.get(0).hash();
        cadena.remove(1);

        var ruptura = unicaRuptura(cadena);

        assertThat(ruptura.version()).isEqualTo(3);
        assertThat(ruptura.tipo()).isEqualTo(CadenaCaptura.Tipo.ENLACE);
        assertThat(ruptura.esperado()).isEqualTo(hashDeLaPrimera);
    }

    @Test
    void sinLaPrimeraVersionLaSegundaEnlazaConNada() {
        List<CadenaCaptura.Eslabon> cadena = cadena(INDICADOR, 2);
        cadena.remove(0);

        var ruptura = unicaRuptura(cadena);

        assertThat(ruptura.version()).isEqualTo(2);
        assertThat(ruptura.tipo()).isEqualTo(CadenaCaptura.Tipo.ENLACE);
        assertThat(ruptura.esperado()).isNull();
    }

    @Test
    void unaVersionEditadaYResselladaRompeElEnlaceDeLaSiguiente() {
        List<CadenaCaptura.Eslabon> cadena = cadena(INDICADOR, 2);
        var original = cadena.get(0);
        var editada = version(1, Map.of("V1", new BigDecimal("1")), null);
        cadena.set(0, new CadenaCaptura.Eslabon(editada, List.of(), null, CadenaCaptura.hash(editada, List.of(), null)));

        var ruptura = unicaRuptura(cadena);

        assertThat(ruptura.version()).isEqualTo(2);
        assertThat(ruptura.tipo()).isEqualTo(CadenaCaptura.Tipo.ENLACE);
        assertThat(ruptura.almacenado()).isEqualTo(original.hash());
    }

    @Test
    void seListaLaPrimeraRupturaDeCadaCadenaHastaElMaximo() {
        var verificador = new CadenaCaptura.Verificador(2);
        for (int i = 0; i < 3; i++) {
            List<CadenaCaptura.Eslabon> cadena = cadena(UUID.randomUUID(), 3);
            cadena.remove(0);
            cadena.forEach(verificador::agregar);
        }

        assertThat(verificador.rupturas()).hasSize(2).allMatch(r -> r.version() == 2);
        assertThat(verificador.cadenas()).isEqualTo(3);
    }

    private static CadenaCaptura.Ruptura unicaRuptura(List<CadenaCaptura.Eslabon> cadena) {
        var verificador = new CadenaCaptura.Verificador(10);
        cadena.forEach(verificador::agregar);
        assertThat(verificador.rupturas()).hasSize(1);
        return verificador.rupturas().get(0);
    }

    /** Versions 1..n of one period, each sealed and linked as CapturaService stores them. */
    private static List<CadenaCaptura.Eslabon> cadena(UUID indicador, int versiones) {
        List<CadenaCaptura.Eslabon> cadena = new ArrayList<>();
        String anterior = null;
        for (int n = 1; n <= versiones; n++) {
            var v = new VersionCaptura(new UUID(0, n), indicador, 3, 2023, 4, n, EstadoCaptura.ENVIADA,
                    List.of(new ValoresMes(12, Map.of("V1", new BigDecimal("9")))), null, null, false, false, 0, "a", CAPTURADA,
                    0, null, null, null);
            String hash = CadenaCaptura.hash(v, List.of(), anterior);
            cadena.add(new CadenaCaptura.Eslabon(v, List.of(), anterior, hash));
            anterior = hash;
        }
        return cadena;
    }

    private static VersionCaptura version(int numero, Map<String, BigDecimal> valores, String analisis) {
        return new VersionCaptura(new UUID(0, numero), INDICADOR, 3, 2023, 4, numero, EstadoCaptura.ENVIADA,
                List.of(new ValoresMes(12, valores)), analisis, null, true, false, 0, "OORE690714H58", CAPTURADA, 0, null, null,
                null);
    }

    private static VersionCaptura conCapturadoEn(VersionCaptura v, OffsetDateTime capturadoEn) {
        return new VersionCaptura(v.id(), v.indicadorId(), v.definicionVersion(), v.ejercicio(), v.trimestre(), v.version(),
                v.estado(), v.valores(), v.analisisLogro(), v.justificacionVariacion(), v.preliminar(), v.tardia(),
                v.diasRetraso(), v.capturadoPor(), capturadoEn, v.revision(), v.validadoPor(), v.validadoEn(), v.comentario());
    }

    private static String sha256(String texto) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(texto.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
