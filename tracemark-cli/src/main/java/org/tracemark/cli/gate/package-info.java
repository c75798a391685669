/** {@code tracemark group …} (owners'-group gate, issue 9) and {@code tracemark screen} (message screening). */
package org.tracemark.cli.gate;
