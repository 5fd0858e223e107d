package org.sanctionswatch.system;

import java.util.function.BooleanSupplier;
import org.springframework.security.core.Authentication;

/** Whether the credential behind a long-lived response (an alert stream) may still read alerts. */
public interface StillAllowed {

    /** A check to ask again while the response stays open: false once its key is revoked or its person disabled. */
    BooleanSupplier toRead(Authentication authentication);
}
