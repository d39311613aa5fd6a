package it.formapro.attendance;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalTimeDeserializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalTimeSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalTime;

/**
 * 24:00 in JSON ({@link DayTime}): every time the service answers prints the end of the day as "24:00:00" (the others
 * as Jackson prints them, "13:00:00"), never LocalTime.MAX's "23:59:59.999999999"; and the end times a request gives
 * (a lesson's endTime, a presence's or a span's leftAt) read "24:00" or "24:00:00" as the end of the day, through
 * {@link EndTime}. Jackson's own LocalTime reading refuses hour 24, so a start or an arrival at 24:00 stays a 400.
 */
@Singleton
public class DayTimeJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("day-time").addSerializer(LocalTime.class, new Writer()));
    }

    /** Last, after Quarkus registered the java.time module: the serializer registered last is the one used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** Writes 24:00 as "24:00:00", any other time as Jackson's java.time module does. */
    static final class Writer extends StdSerializer<LocalTime> {

        Writer() {
            super(LocalTime.class);
        }

        @Override
        public void serialize(LocalTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (DayTime.isEndOfDay(value)) {
                gen.writeString("24:00:00");
            } else {
                LocalTimeSerializer.INSTANCE.serialize(value, gen, provider);
            }
        }
    }

    /** Reads an end time: "24:00" or "24:00:00" is the end of the day, anything else as Jackson reads a LocalTime. */
    public static final class EndTime extends StdDeserializer<LocalTime> {

        public EndTime() {
            super(LocalTime.class);
        }

        @Override
        public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING) && DayTime.isEndOfDayText(p.getText().strip())) {
                return DayTime.END_OF_DAY;
            }
            return LocalTimeDeserializer.INSTANCE.deserialize(p, ctxt);
        }
    }
}
