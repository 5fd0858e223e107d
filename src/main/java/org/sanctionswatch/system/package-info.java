/** Cross-cutting pieces: problem details, the clock, shared error types. */
package org.sanctionswatch.system;
