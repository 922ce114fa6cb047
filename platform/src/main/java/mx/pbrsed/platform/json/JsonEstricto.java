package mx.pbrsed.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The JSON every service reads says exactly one thing: a repeated key, a number in quotes, 1.5 where
 * an integer goes, a number where text goes, trailing content, a NUL or a lone surrogate are refused
 * (400 naming the field) instead of being read as last-wins, coerced, truncated or stored as '?'.
 * A catalogue value (an enum) is taken only as written: Jackson would otherwise trim it, reading
 * {@code "FIN\u0000"} or {@code " FIN "} as FIN.
 */
@Singleton
public class JsonEstricto implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        for (LogicalType numero : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(numero).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(numero).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("texto-estricto")
                .addDeserializer(String.class, new TextoEstricto())
                .addKeyDeserializer(String.class, new ClaveEstricta())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType tipo,
                                                                      BeanDescription descripcion, JsonDeserializer<?> lector) {
                        return new EnumEstricto(lector);
                    }
                }));
    }

    /** Why a text cannot be stored, or null if it can. */
    public static String motivoDeRechazo(String texto) {
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (c == 0) {
                return "contiene el carácter NUL (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < texto.length() && Character.isLowSurrogate(texto.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contiene un sustituto UTF-16 sin pareja";
            }
            if (Character.isLowSurrogate(c)) {
                return "contiene un sustituto UTF-16 sin pareja";
            }
        }
        return null;
    }

    private static final class TextoEstricto extends StdScalarDeserializer<String> {
        TextoEstricto() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String texto = StringDeserializer.instance.deserialize(p, ctxt);
            String motivo = texto == null ? null : motivoDeRechazo(texto);
            if (motivo != null) {
                throw new TextoNoAdmitidoException(p, motivo);
            }
            return texto;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    private static final class EnumEstricto extends DelegatingDeserializer {
        EnumEstricto(JsonDeserializer<?> lector) {
            super(lector);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> lector) {
            return new EnumEstricto(lector);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                String texto = p.getText();
                String motivo = motivoDeRechazo(texto);
                if (motivo != null) {
                    throw new TextoNoAdmitidoException(p, motivo);
                }
                if (!texto.equals(texto.trim())) {
                    return ctxt.handleWeirdStringValue(handledType(), texto,
                            "un valor del catálogo no lleva espacios ni caracteres de control al inicio o al final");
                }
            }
            return super.deserialize(p, ctxt);
        }
    }

    private static final class ClaveEstricta extends KeyDeserializer {
        @Override
        public Object deserializeKey(String clave, DeserializationContext ctxt) throws IOException {
            String motivo = motivoDeRechazo(clave);
            if (motivo != null) {
                throw new TextoNoAdmitidoException(ctxt.getParser(), "la clave " + motivo);
            }
            return clave;
        }
    }
}
