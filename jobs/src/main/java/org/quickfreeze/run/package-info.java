/**
 * What every step of a run shares: the settings ({@code QuickfreezeProperties}), the
 * run's typed parameters ({@code RunParameters}) and their names, the reporting period,
 * what a run writes ({@code RunMode}) and the progress log. Used by every package above
 * it; uses only the reports module's PDF settings.
 */
package org.quickfreeze.run;
