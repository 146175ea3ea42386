/**
 * The open module: layout support, security configuration, locale, mail gateway,
 * validation helpers and the principal type every module's controllers receive.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package fr.coopex.shared;

import org.springframework.modulith.ApplicationModule;
