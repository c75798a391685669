package org.tracemark.mark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.tracemark.pii.ChineseSurnames;

/**
 * Makes canaries: fake owners of vacant flats, unique to one release, indistinguishable from real rows to a buyer.
 *
 * <p>Each canary gets a vacant flat not used by any earlier canary (callers pass the flats already taken), the
 * floor-plan area of that position, purchase and handover dates borrowed from a real owner of the community, a
 * surname drawn by population share and a two-character given name. Contact: the next unused trap number from the
 * operator's pool, or none — Tracemark never invents a mobile number or an ID number, which could be a real
 * person's. Deterministic for a given random generator; not thread-safe only insofar as the generator is not.
 */
public final class CanaryGenerator {
  private static final char[] GIVEN = ("伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳毅博文东亮峰建国志海晨晓成瑞泽轩皓然睿楠凡"
      + "芳娜敏静丽艳娟霞燕玲婷雪慧莉梅琳颖倩洁欣怡晶丹萍红英琴云月妍佳蕾璐嘉诗雨梦涵瑶琪悦薇彤").toCharArray();

  private final ChineseSurnames surnames;
  private final double[] weights;

  public CanaryGenerator(ChineseSurnames surnames) {
    this.surnames = Objects.requireNonNull(surnames, "surnames");
    this.weights = surnames.cumulativeWeights();
  }

  /**
   * Up to {@code count} canaries; fewer when the community has fewer untaken vacant flats (never a made-up flat).
   *
   * @param firstId id of the first canary; the next ones follow
   * @param trapNumbers the operator's trap numbers still unassigned, used in order; may be empty
   * @param takenFlats {@link CommunityLayout.Flat#key()}s already carrying a canary of another release
   */
  public List<Canary> generate(CommunityLayout layout, int count, int firstId, List<String> trapNumbers,
      Set<String> takenFlats, RandomGenerator random) {
    List<CommunityLayout.Flat> free = new ArrayList<>();
    for (CommunityLayout.Flat f : layout.vacantFlats()) {
      if (!takenFlats.contains(f.key())) {
        free.add(f);
      }
    }
    for (String trap : trapNumbers) {
      if (trap.length() != 11 || !trap.chars().allMatch(Character::isDigit)) {
        throw new IllegalArgumentException("trap numbers must be 11-digit mobiles from the operator's pool");
      }
    }
    List<Canary> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    while (out.size() < count && used.size() < free.size()) {
      CommunityLayout.Flat flat = free.get(random.nextInt(free.size()));
      if (!used.add(flat.key())) {
        continue;
      }
      var borrowed = layout.dates().get(random.nextInt(layout.dates().size()));
      String contact = out.size() < trapNumbers.size() ? trapNumbers.get(out.size()) : "";
      OwnerValues v = new OwnerValues(layout.community(), flat.building(), flat.unit(), flat.floor(), flat.room(),
          name(random), contact, "", flat.area(), borrowed[0], borrowed[1]);
      out.add(new Canary(firstId + out.size(), v));
    }
    return out;
  }

  private String name(RandomGenerator random) {
    double pick = random.nextDouble() * weights[weights.length - 1];
    int index = 0;
    while (weights[index] < pick) {
      index++;
    }
    return surnames.byFrequency().get(index) + GIVEN[random.nextInt(GIVEN.length)] + GIVEN[random.nextInt(GIVEN.length)];
  }
}
