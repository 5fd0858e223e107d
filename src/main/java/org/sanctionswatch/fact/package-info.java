/** The facts that rules see: observation records, parameters and findings. Free of Spring, imported by DRL. */
package org.sanctionswatch.fact;
