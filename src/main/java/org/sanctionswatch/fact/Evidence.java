package org.sanctionswatch.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Gathers the observations behind a finding from single facts and from lists that accumulate collected. */
public final class Evidence {

    private Evidence() {
    }

    /** Every observation among {@code parts}, each a single observation or a collection of them, in order. */
    public static List<Observation> of(Object... parts) {
        List<Observation> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Observation o) {
                out.add(o);
            } else if (part instanceof Collection<?> c) {
                c.forEach(item -> out.add((Observation) item));
            } else if (part != null) {
                throw new IllegalArgumentException("not an observation: " + part);
            }
        }
        return out;
    }
}
