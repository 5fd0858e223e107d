/** Sanctions lists (OFAC SDN, UN consolidated): parsed as published, versioned, served to rules as lookup facts. */
package org.sanctionswatch.watchlist;
