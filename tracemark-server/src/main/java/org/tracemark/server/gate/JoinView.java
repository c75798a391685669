package org.tracemark.server.gate;

import java.util.Optional;
import org.tracemark.store.gate.IssuedPass;

/**
 * What the public join page shows at each step: the group, the step, what the applicant typed (echoed back so the
 * next form can carry it), the gate's one answer, and the pass once earned. Nothing from the owner register.
 *
 * @param step {@code flat} (name your flat), {@code code} (enter the SMS code) or {@code pass} (here is your pass)
 */
public record JoinView(String groupId, String groupName, String community, String step, String building,
    String unit, String room, String flatDisplay, Optional<String> message, Optional<String> error,
    Optional<IssuedPass> pass, long codeMinutes, long passHours) {

  static JoinView flat(GroupFacts g, long minutes, long hours) {
    return new JoinView(g.publicId(), g.name(), g.community(), "flat", "", "", "", "", Optional.empty(),
        Optional.empty(), Optional.empty(), minutes, hours);
  }

  /** The flat as the page shows it back, in canonical form (3栋2单元1201). */
  JoinView withDisplay(String display) {
    return new JoinView(groupId, groupName, community, step, building, unit, room, display, message, error, pass,
        codeMinutes, passHours);
  }

  JoinView withStep(String newStep) {
    return new JoinView(groupId, groupName, community, newStep, building, unit, room, flatDisplay, message, error,
        pass, codeMinutes, passHours);
  }

  JoinView withFlat(String b, String u, String r) {
    return new JoinView(groupId, groupName, community, step, b, u, r, flatDisplay, message, error, pass, codeMinutes,
        passHours);
  }

  JoinView withMessage(String text) {
    return new JoinView(groupId, groupName, community, step, building, unit, room, flatDisplay, Optional.of(text),
        error, pass, codeMinutes, passHours);
  }

  JoinView withError(String text) {
    return new JoinView(groupId, groupName, community, step, building, unit, room, flatDisplay, message,
        Optional.of(text), pass, codeMinutes, passHours);
  }

  JoinView withPass(IssuedPass p) {
    return new JoinView(groupId, groupName, community, "pass", building, unit, room, flatDisplay, message, error,
        Optional.of(p), codeMinutes, passHours);
  }

  /** The group as the page needs it. */
  record GroupFacts(String publicId, String name, String community) {}
}
