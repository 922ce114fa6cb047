package db.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.CadenaCaptura;
import mx.pbrsed.capture.repository.EslabonesJdbc;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the versions stored before V11 in chain order: each gets the hash of its canonical content
 * and its period's previous version's hash, computed by the domain's {@link CadenaCaptura} exactly as
 * for a new version. Flyway runs it once, in the migration's transaction, in the package Flyway
 * looks for Java migrations in.
 */
public class V12__sellar_capturas extends BaseJavaMigration {
    private static final int LOTE = 500;

    @Override
    public void migrate(Context context) throws Exception {
        var conexion = context.getConnection();
        try (PreparedStatement update = conexion.prepareStatement("update captura set hash = ?, hash_anterior = ? where id = ?")) {
            var sellador = new Sellador(update);
            EslabonesJdbc.recorrer(conexion, new ObjectMapper(), "true", List.of(), sellador::sellar);
            sellador.terminar();
        }
    }

    /** Carries the previous version's hash along each chain and writes in batches. */
    private static final class Sellador {
        private final PreparedStatement update;
        private UUID indicadorId;
        private int ejercicio;
        private int trimestre;
        private String anterior;
        private int pendientes;

        Sellador(PreparedStatement update) {
            this.update = update;
        }

        void sellar(CadenaCaptura.Eslabon eslabon) {
            var v = eslabon.version();
            if (!v.indicadorId().equals(indicadorId) || v.ejercicio() != ejercicio || v.trimestre() != trimestre) {
                indicadorId = v.indicadorId();
                ejercicio = v.ejercicio();
                trimestre = v.trimestre();
                anterior = null;
            }
            String hash = CadenaCaptura.hash(v, eslabon.evidencias(), anterior);
            try {
                update.setString(1, hash);
                update.setString(2, anterior);
                update.setObject(3, v.id());
                update.addBatch();
                if (++pendientes == LOTE) {
                    terminar();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("No se pudo sellar la captura " + v.id(), e);
            }
            anterior = hash;
        }

        void terminar() throws SQLException {
            update.executeBatch();
            pendientes = 0;
        }
    }
}
