package org.sanctionswatch.observation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;

/**
 * The text a record's own {@code toString} gives ({@code Name[a=1, b=x]}, a record inside a record written the same
 * way), without its cost: on Java 17 that method runs {@code String.format} for every record, which took a third of
 * the time a load spends reading a row. An observation's content hash is the hash of this text, so it must stay the
 * text {@code toString} gives; the tests hold it to that (no record of the model writes its own {@code toString}).
 */
final class RecordText {

    /** A record type's components in order: the text before each value and how to read the value. */
    private record Part(String before, MethodHandle value) {
    }

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    private static final ClassValue<Part[]> PARTS = new ClassValue<>() {
        @Override
        protected Part[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Part[] parts = new Part[components.length];
            for (int i = 0; i < components.length; i++) {
                String before = (i == 0 ? type.getSimpleName() + "[" : ", ") + components[i].getName() + "=";
                try {
                    parts[i] = new Part(before, MethodHandles.publicLookup().unreflect(components[i].getAccessor())
                            .asType(GETTER));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("the components of a public record can be read", e);
                }
            }
            return parts;
        }
    };

    private RecordText() {
    }

    static String of(Record record) {
        StringBuilder out = new StringBuilder(320);
        append(out, record);
        return out.toString();
    }

    private static void append(StringBuilder out, Record record) {
        Part[] parts = PARTS.get(record.getClass());
        if (parts.length == 0) {
            out.append(record.getClass().getSimpleName()).append('[');
        }
        for (Part part : parts) {
            out.append(part.before());
            Object value;
            try {
                value = (Object) part.value().invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Record inner) {
                append(out, inner);
            } else {
                out.append(value);
            }
        }
        out.append(']');
    }
}
