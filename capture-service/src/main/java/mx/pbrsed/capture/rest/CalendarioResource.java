package mx.pbrsed.capture.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.capture.rest.model.Calendario;
import mx.pbrsed.capture.rest.model.CalendarioRequest;
import mx.pbrsed.capture.service.CalendarioService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/calendarios/{ejercicio}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendarios", description = "Capture windows per ejercicio and trimestre")
public class CalendarioResource {
    private final CalendarioService calendarios;

    public CalendarioResource(CalendarioService calendarios) {
        this.calendarios = calendarios;
    }

    @GET
    @Operation(operationId = "consultarCalendario",
            summary = "The ejercicio's capture windows (the default, 15 days after each quarter, when none was set)")
    public Calendario consultar(@PathParam("ejercicio") @Min(2000) @Max(2100) int ejercicio) {
        return calendarios.consultar(ejercicio);
    }

    @PUT
    @Operation(operationId = "definirCalendario",
            summary = "Sets the ejercicio's four capture windows (administrators); recorded capturas keep their lateness")
    public Calendario definir(@PathParam("ejercicio") @Min(2000) @Max(2100) int ejercicio,
                              @Valid @NotNull CalendarioRequest request) {
        return calendarios.definir(ejercicio, request);
    }
}
