package org.tracemark.server.release;

import java.util.List;
import org.tracemark.store.release.Recipients;
import org.tracemark.store.vault.Communities;

/** The release wizard's choices: registered recipients and the vault's communities. */
public record WizardView(List<Recipients.Recipient> recipients, List<Communities.Community> communities) {}
