/** The escalation level of each theatre, derived by rules from weighted, decaying findings. */
package org.sanctionswatch.escalation;
