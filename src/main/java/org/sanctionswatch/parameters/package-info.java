/** Tunable parameters, the commodity watchlist and the theatres, read from the rules folder and served to rules as facts. */
package org.sanctionswatch.parameters;
