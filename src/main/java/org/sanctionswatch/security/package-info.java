/** Who may do what: roles, API keys (stored hashed), HTTP Basic users, 401/403 as problem details. */
package org.sanctionswatch.security;
