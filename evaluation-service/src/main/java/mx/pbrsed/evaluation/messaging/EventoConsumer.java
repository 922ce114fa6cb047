package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import mx.pbrsed.evaluation.service.EvaluacionService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Both topics feed the same transactional service; a record that cannot be read goes to the DLQ. */
@ApplicationScoped
public class EventoConsumer {
    private final EvaluacionService evaluacion;
    private final ObjectMapper json;

    public EventoConsumer(EvaluacionService evaluacion, ObjectMapper json) {
        this.evaluacion = evaluacion;
        this.json = json;
    }

    @Incoming("indicadores")
    @Blocking
    public void indicador(String payload) throws JsonProcessingException {
        evaluacion.definicionRecibida(json.readValue(payload, IndicadorPublicadoEvent.class), payload);
    }

    @Incoming("capturas")
    @Blocking
    public void captura(String payload) throws JsonProcessingException {
        evaluacion.capturaRecibida(json.readValue(payload, CapturaRegistradaEvent.class));
    }
}
