package org.tracemark.assess;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tracemark.law.RecordClass;
import org.tracemark.pii.PiiType;

/**
 * Classifies a record into an Article 5 category from the kinds of personal data in it and the words around them
 * (table headers of its non-empty columns, or the text of its lines with the personal data cut out).
 *
 * <p>The rule table (docs/assess.md repeats it) is evaluated top-down and the first rule that holds wins, so a record
 * that carries several kinds of information is counted once, in its most sensitive category — Article 11 forbids
 * counting the same record twice.
 *
 * <ol>
 *   <li>TRACK: GPS, 定位, 经纬度, 行程, 轨迹, 行踪, 出行记录
 *   <li>COMM_CONTENT: 聊天记录, 聊天内容, 短信内容, 通信内容, 邮件内容, 通话内容
 *   <li>CREDIT: 征信, 信用报告, 信用记录, 逾期
 *   <li>PROPERTY: 存款, 余额, 资产, 房产证, 不动产, 车辆, 车牌, 车架号, 银行卡, 账户, 股票, 证券, 理财; or a bank card
 *       or plate number found
 *   <li>HOMEOWNER_LIST (disputed PROPERTY/OTHER): a room word (房号, 门牌, 室号, 户号) and an area word (面积, 平米, ㎡,
 *       平方) and a purchase word (购房, 购买, 认购, 签约, 交房, 业主, 房款, 总价) all present
 *   <li>ACCOMMODATION: 开房, 入住, 酒店, 宾馆, 住宿, 离店, 退房
 *   <li>COMM_RECORD: 通话记录, 通话详单, 话单, 主叫, 被叫, 通话时长, 短信记录
 *   <li>HEALTH: 病历, 体检, 诊断, 病情, 就诊, 住院, 患者, 病史, 处方, 血型
 *   <li>TRANSACTION: 订单, 交易, 支付, 付款, 消费, 下单, 金额
 *   <li>COURIER_WAYBILL (disputed TRANSACTION/OTHER): 快递, 运单, 面单, 物流, 收件, 寄件, 收货, 商品, 物品; or a
 *       waybill number found
 *   <li>OTHER: everything else
 * </ol>
 *
 * <p>Immutable, serializable and thread-safe.
 */
public final class CategoryClassifier implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Word groups; a record's signals are the groups any of whose words occur in its context. */
  enum Signal {
    TRACK("gps", "定位", "经纬度", "行程", "轨迹", "行踪", "出行记录", "latitude", "longitude"),
    COMM_CONTENT("聊天记录", "聊天内容", "短信内容", "通信内容", "邮件内容", "通话内容"),
    CREDIT("征信", "信用报告", "信用记录", "逾期"),
    PROPERTY("存款", "余额", "资产", "房产证", "不动产", "车辆", "车牌", "车架号", "银行卡", "账户", "股票", "证券", "理财"),
    ROOM("房号", "门牌", "室号", "户号"),
    AREA("面积", "平米", "㎡", "平方"),
    PURCHASE("购房", "购买", "认购", "签约", "交房", "业主", "房款", "总价"),
    ACCOMMODATION("开房", "入住", "酒店", "宾馆", "住宿", "离店", "退房"),
    COMM_RECORD("通话记录", "通话详单", "话单", "主叫", "被叫", "通话时长", "短信记录"),
    HEALTH("病历", "体检", "诊断", "病情", "就诊", "住院", "患者", "病史", "处方", "血型"),
    ORDER("订单", "交易", "支付", "付款", "消费", "下单", "金额"),
    COURIER("快递", "运单", "面单", "物流", "收件", "寄件", "收货", "商品", "物品");

    private final List<String> words;

    Signal(String... words) {
      this.words = List.of(words);
    }

    int bit() {
      return 1 << ordinal();
    }
  }

  /** The signals raised by {@code context}: a bit set over {@link Signal} ordinals. */
  public int signals(CharSequence context) {
    String text = context.toString().toLowerCase(Locale.ROOT);
    int mask = 0;
    for (Signal signal : Signal.values()) {
      for (String word : signal.words) {
        if (text.contains(word)) {
          mask |= signal.bit();
          break;
        }
      }
    }
    return mask;
  }

  /**
   * @param types the kinds of personal data the record holds
   * @param signals the OR of {@link #signals(CharSequence)} over the record's context
   */
  public RecordClass classify(Set<PiiType> types, int signals) {
    if (has(signals, Signal.TRACK)) {
      return RecordClass.TRACK;
    }
    if (has(signals, Signal.COMM_CONTENT)) {
      return RecordClass.COMM_CONTENT;
    }
    if (has(signals, Signal.CREDIT)) {
      return RecordClass.CREDIT;
    }
    if (has(signals, Signal.PROPERTY) || types.contains(PiiType.BANK_CARD) || types.contains(PiiType.PLATE)) {
      return RecordClass.PROPERTY;
    }
    if (has(signals, Signal.ROOM) && has(signals, Signal.AREA) && has(signals, Signal.PURCHASE)) {
      return RecordClass.HOMEOWNER_LIST;
    }
    if (has(signals, Signal.ACCOMMODATION)) {
      return RecordClass.ACCOMMODATION;
    }
    if (has(signals, Signal.COMM_RECORD)) {
      return RecordClass.COMM_RECORD;
    }
    if (has(signals, Signal.HEALTH)) {
      return RecordClass.HEALTH;
    }
    if (has(signals, Signal.ORDER)) {
      return RecordClass.TRANSACTION;
    }
    if (has(signals, Signal.COURIER) || types.contains(PiiType.WAYBILL)) {
      return RecordClass.COURIER_WAYBILL;
    }
    return RecordClass.OTHER;
  }

  private static boolean has(int signals, Signal signal) {
    return (signals & signal.bit()) != 0;
  }
}
