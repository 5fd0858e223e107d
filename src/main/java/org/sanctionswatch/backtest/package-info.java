/** Backtests: a candidate ruleset against the current one on the stored history, apart from the live engine. */
package org.sanctionswatch.backtest;
