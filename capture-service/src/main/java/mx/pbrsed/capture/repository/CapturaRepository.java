package mx.pbrsed.capture.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import mx.pbrsed.capture.domain.CadenaCaptura;
import org.hibernate.Session;

@ApplicationScoped
public class CapturaRepository implements PanacheRepositoryBase<CapturaEntity, UUID> {
    /** An indicator-period: what a captura's versions share. */
    public record Periodo(UUID indicadorId, int ejercicio, int trimestre) {
    }

    private final ObjectMapper json;

    public CapturaRepository(ObjectMapper json) {
        this.json = json;
    }

    /**
     * Stores new versions with plain JDBC batch inserts on the transaction's connection, which the
     * driver rewrites as multi-row inserts: a new version is never changed in its own transaction,
     * and Hibernate's persist and flush cost more than the insert itself on a bulk import. The
     * entities stay unmanaged.
     */
    public void insertar(List<CapturaEntity> nuevas) {
        if (nuevas.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(conexion -> {
            try (PreparedStatement insert = conexion.prepareStatement("""
                    insert into captura (id, indicador_id, ejercicio, trimestre, version, estado, definicion_version, valores,
                        analisis_logro, justificacion_variacion, preliminar, tardia, dias_retraso, capturado_por, capturado_en,
                        revision, validado_por, validado_en, comentario, hash, hash_anterior)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (CapturaEntity c : nuevas) {
                    insert.setObject(1, c.id);
                    insert.setObject(2, c.indicadorId);
                    insert.setInt(3, c.ejercicio);
                    insert.setInt(4, c.trimestre);
                    insert.setInt(5, c.version);
                    insert.setString(6, c.estado.name());
                    insert.setInt(7, c.definicionVersion);
                    insert.setString(8, valores(c));
                    insert.setString(9, c.analisisLogro);
                    insert.setString(10, c.justificacionVariacion);
                    insert.setBoolean(11, c.preliminar);
                    insert.setBoolean(12, c.tardia);
                    insert.setInt(13, c.diasRetraso);
                    insert.setString(14, c.capturadoPor);
                    insert.setObject(15, c.capturadoEn);
                    insert.setInt(16, c.revision);
                    insert.setString(17, c.validadoPor);
                    insert.setObject(18, c.validadoEn);
                    insert.setString(19, c.comentario);
                    insert.setString(20, c.hash);
                    insert.setString(21, c.hashAnterior);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private String valores(CapturaEntity captura) {
        try {
            return json.writeValueAsString(captura.valores);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Valores no serializables de la captura " + captura.id, e);
        }
    }

    public Optional<CapturaEntity> ultimaVersion(UUID indicadorId, int ejercicio, int trimestre) {
        return find("indicadorId = ?1 and ejercicio = ?2 and trimestre = ?3 order by version desc",
                indicadorId, ejercicio, trimestre).firstResultOptional();
    }

    /** The period's latest version number, 0 if it has none: the number alone, no row to load. */
    public int ultimoNumeroDeVersion(Periodo periodo) {
        return ultimasVersiones(List.of(periodo)).getOrDefault(periodo, 0);
    }

    /**
     * The latest version of each period that has one, in one statement: one backward probe of
     * captura_version_uk per period, so it costs the same however many versions they have.
     */
    public Map<Periodo, Integer> ultimasVersiones(Collection<Periodo> periodos) {
        if (periodos.isEmpty()) {
            return Map.of();
        }
        Map<Periodo, Integer> ultimas = new HashMap<>();
        getEntityManager().unwrap(Session.class).doWork(conexion -> {
            try (PreparedStatement select = conexion.prepareStatement("""
                    select p.indicador_id, p.ejercicio, p.trimestre,
                        (select max(c.version) from captura c where c.indicador_id = p.indicador_id
                            and c.ejercicio = p.ejercicio and c.trimestre = p.trimestre)
                    from unnest(?, ?, ?) as p (indicador_id, ejercicio, trimestre)""")) {
                select.setArray(1, conexion.createArrayOf("uuid", periodos.stream().map(Periodo::indicadorId).toArray()));
                select.setArray(2, conexion.createArrayOf("integer", periodos.stream().map(Periodo::ejercicio).toArray()));
                select.setArray(3, conexion.createArrayOf("integer", periodos.stream().map(Periodo::trimestre).toArray()));
                try (ResultSet filas = select.executeQuery()) {
                    while (filas.next()) {
                        int version = filas.getInt(4);
                        if (!filas.wasNull()) {
                            ultimas.put(new Periodo(filas.getObject(1, UUID.class), filas.getInt(2), filas.getInt(3)), version);
                        }
                    }
                }
            }
        });
        return ultimas;
    }

    /**
     * The stored hash of the given version of each period (the version a new one follows), in one
     * statement; a period whose version is not stored is absent.
     */
    public Map<Periodo, String> hashes(Map<Periodo, Integer> versiones) {
        if (versiones.isEmpty()) {
            return Map.of();
        }
        Map<Periodo, String> hashes = new HashMap<>();
        List<Map.Entry<Periodo, Integer>> pedidas = List.copyOf(versiones.entrySet());
        getEntityManager().unwrap(Session.class).doWork(conexion -> {
            try (PreparedStatement select = conexion.prepareStatement("""
                    select c.indicador_id, c.ejercicio, c.trimestre, c.hash
                    from unnest(?, ?, ?, ?) as p (indicador_id, ejercicio, trimestre, version)
                    join captura c on c.indicador_id = p.indicador_id and c.ejercicio = p.ejercicio
                        and c.trimestre = p.trimestre and c.version = p.version""")) {
                select.setArray(1, conexion.createArrayOf("uuid", pedidas.stream().map(e -> e.getKey().indicadorId()).toArray()));
                select.setArray(2, conexion.createArrayOf("integer", pedidas.stream().map(e -> e.getKey().ejercicio()).toArray()));
                select.setArray(3, conexion.createArrayOf("integer", pedidas.stream().map(e -> e.getKey().trimestre()).toArray()));
                select.setArray(4, conexion.createArrayOf("integer", pedidas.stream().map(Map.Entry::getValue).toArray()));
                try (ResultSet filas = select.executeQuery()) {
                    while (filas.next()) {
                        hashes.put(new Periodo(filas.getObject(1, UUID.class), filas.getInt(2), filas.getInt(3)), filas.getString(4));
                    }
                }
            }
        });
        return hashes;
    }

    /** Every version of the indicator, with its files and hashes, in chain order, a row at a time. */
    public void recorrerCadenas(UUID indicadorId, Consumer<CadenaCaptura.Eslabon> destino) {
        getEntityManager().unwrap(Session.class).doWork(conexion ->
                EslabonesJdbc.recorrer(conexion, json, "c.indicador_id = ?", List.of(indicadorId), destino));
    }

    /** Every version of the ejercicio's periods of these indicators, in chain order, a row at a time. */
    public void recorrerCadenas(int ejercicio, Collection<UUID> indicadores, Consumer<CadenaCaptura.Eslabon> destino) {
        if (indicadores.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(conexion ->
                EslabonesJdbc.recorrer(conexion, json, "c.ejercicio = ? and c.indicador_id = any(?)",
                        List.of(ejercicio, conexion.createArrayOf("uuid", indicadores.toArray())), destino));
    }

    /** Up to {@code limite} indicators with capturas in the ejercicio, by id, after {@code despuesDe} (null: from the first). */
    public List<UUID> indicadoresConCapturas(int ejercicio, UUID despuesDe, int limite) {
        // the lowest UUID stands for "from the first": one statement, no null parameter to type
        return getEntityManager().createQuery("""
                        select distinct c.indicadorId from CapturaEntity c
                        where c.ejercicio = ?1 and c.indicadorId > ?2
                        order by c.indicadorId""", UUID.class)
                .setParameter(1, ejercicio).setParameter(2, despuesDe == null ? new UUID(0, 0) : despuesDe)
                .setMaxResults(limite).getResultList();
    }

    /** The period's latest {@code cuantas} versions numbered up to {@code hasta}, newest first. */
    public List<CapturaEntity> versiones(UUID indicadorId, int ejercicio, int trimestre, int hasta, int cuantas) {
        return find("indicadorId = ?1 and ejercicio = ?2 and trimestre = ?3 and version <= ?4 order by version desc",
                indicadorId, ejercicio, trimestre, hasta).page(0, cuantas).list();
    }
}
