/** The Drools engine: builds the rule base from the rules folder, owns the session on one thread, turns findings into alerts. */
package org.sanctionswatch.rules;
