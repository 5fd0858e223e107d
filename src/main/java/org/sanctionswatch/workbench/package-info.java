/**
 * The analysts' workbench: server-rendered pages (Thymeleaf, htmx) over the same services as the API. The pages
 * read; every change they offer is a call to the API, which checks the caller's role.
 */
package org.sanctionswatch.workbench;
