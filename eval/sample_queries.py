"""Hand-judged search queries for the sample catalog (`eval/sample`).

Each line: Q(text, tags, "product_id:grade …", optional machine-checked constraints).
Grades: 3 exactly what was asked, 2 good substitute, 1 related, 0 judged irrelevant
(confusables, constraint violators, off-shelf). See eval/README.md for the full convention.
"""

from __future__ import annotations

from _common import Q, Query

QUERIES: list[Query] = [
    # --- 数码 / electronics -------------------------------------------------------------
    Q(
        "降噪蓝牙耳机",
        "zh hard",
        "el-001:3 el-007:3 el-003:2 el-002:1 el-008:1 el-004:1 el-009:1 el-033:0 el-034:0 "
        "el-006:0 el-005:0 el-035:0 el-026:0",
    ),
    Q(
        "wireless earbuds",
        "en cross_lingual",
        "el-007:3 el-008:3 el-001:3 el-002:3 el-004:1 el-009:1 el-003:1 el-033:1 el-034:1 "
        "el-035:0 el-005:0 el-006:0",
    ),
    Q(
        "蓝芽耳机",
        "zh typo",
        "el-001:3 el-002:3 el-007:3 el-008:3 el-003:3 el-004:3 el-009:1 el-033:2 el-034:2 "
        "el-006:0 el-005:0 el-035:0 el-026:0",
    ),
    Q(
        "耳麦",
        "zh synonym",
        "el-006:3 el-003:2 el-033:2 el-005:2 el-001:1 el-002:1 el-007:1 el-008:1 el-004:1 "
        "el-034:1 el-035:0",
    ),
    Q(
        "百元以内的蓝牙耳机",
        "zh price",
        "el-002:3 el-008:3 el-001:0 el-007:0 el-003:0 el-004:0 el-005:0 el-033:0 el-035:0",
        max_price=100,
    ),
    Q(
        "earbuds under 100",
        "en price cross_lingual",
        "el-002:3 el-008:3 el-005:2 el-001:0 el-007:0 el-004:0 el-035:0",
        max_price=100,
    ),
    Q(
        "iPhone 15 手机壳",
        "mixed hard",
        "el-010:3 el-012:3 el-011:0 el-013:0 el-014:0 el-036:0 el-005:0",
    ),
    Q(
        "苹果15 保护套 磁吸",
        "zh synonym cross_lingual",
        "el-010:3 el-012:3 el-011:0 el-013:0 el-019:0 el-035:0 el-036:0",
    ),
    Q("iPhone 15 Pro case", "en cross_lingual hard", "el-011:3 el-010:0 el-012:0 el-013:0"),
    Q("phone case for Samsung", "en", "el-014:3 el-010:0 el-012:0 el-013:0"),
    Q("华为手机壳", "zh", "el-013:3 el-010:0 el-011:0 el-014:0"),
    Q("充电宝 能带上飞机的", "zh attribute colloquial", "el-017:3 el-018:2 el-019:2 el-015:0"),
    Q("power bank", "en cross_lingual", "el-017:3 el-018:3 el-019:3 el-015:1 el-016:1"),
    Q(
        "快充充电头",
        "zh synonym cross_lingual",
        "el-015:3 el-016:3 el-017:1 el-018:1 el-019:1 el-005:0",
    ),
    Q("MacBook charger", "en cross_lingual", "el-015:3 el-016:1 el-030:1"),
    Q("智能手表 游泳能戴", "zh attribute", "el-020:3 el-021:2 el-022:2 jw-011:0 jw-012:0"),
    Q("fitness tracker", "en cross_lingual", "el-022:3 el-021:3 el-020:2"),
    Q("直播补光灯", "zh", "el-024:3 el-025:1 el-032:1"),
    Q(
        "what do I need to start live streaming on my phone",
        "en cross_lingual colloquial",
        "el-024:3 el-025:2 el-032:1",
    ),
    Q("防水的蓝牙音箱 200以内", "zh price attribute", "el-026:3 el-027:0", max_price=200),
    Q("waterproof speaker", "en cross_lingual", "el-027:3 el-026:3"),
    Q("机械键盘", "zh cross_lingual", "el-028:3 el-029:0"),
    Q("5G手机 一千多", "zh price colloquial", "el-023:3", min_price=1000, max_price=1999),
    Q("蓝牙 earbuds 降噪", "mixed", "el-001:3 el-007:3 el-003:2 el-002:1 el-008:1 el-035:0"),
    Q("AirPods 保护套", "mixed hard", "el-035:3 el-007:0 el-001:0 el-010:0 el-011:0 el-036:0"),
    Q("iPad 壳", "mixed", "el-036:3 el-032:1 el-010:0"),
    Q(
        "儿童耳机 保护听力",
        "zh kids cross_lingual hard",
        "el-033:3 el-034:3 el-001:0 el-002:0 el-003:0",
    ),
    # --- 美妆护肤 / beauty --------------------------------------------------------------
    Q(
        "有没有适合油皮的平价粉底",
        "zh colloquial attribute",
        "bt-009:3 bt-011:2 bt-012:1 bt-026:1 bt-010:0 bt-025:0",
    ),
    Q(
        "foundation for dry skin",
        "en cross_lingual hard",
        "bt-010:3 bt-012:1 bt-011:0 bt-009:0 bt-026:0",
    ),
    Q(
        "sunscreen",
        "en cross_lingual hard",
        "bt-006:3 bt-003:3 bt-032:3 bt-031:2 bt-005:2 bt-008:1 bt-012:1 bt-004:0 bt-007:0",
    ),
    Q(
        "sunscrean",
        "en typo",
        "bt-006:3 bt-003:3 bt-032:3 bt-031:2 bt-005:2 bt-008:1 bt-012:1 bt-004:0 bt-007:0",
    ),
    Q(
        "防晒霜 SPF50 不油腻",
        "zh attribute cross_lingual",
        "bt-003:3 bt-006:3 bt-031:2 bt-032:1 bt-005:1 bt-008:1 bt-004:0 bt-007:0",
    ),
    Q(
        "晒伤了用什么",
        "zh colloquial hard cross_lingual",
        "bt-004:3 bt-007:3 bt-003:0 bt-006:0 bt-032:0",
    ),
    Q("after sun lotion", "en cross_lingual hard", "bt-007:3 bt-004:3 bt-006:0 bt-003:0 bt-032:0"),
    Q(
        "宝宝防晒",
        "zh kids cross_lingual",
        "bt-005:3 bt-031:3 bt-003:0 bt-006:0 bt-032:0 bt-008:0 bt-004:0",
    ),
    Q("敏感肌能用的洗面奶", "zh attribute cross_lingual", "bt-018:3 bt-021:3 bt-029:1 bt-017:1"),
    Q("gentle face wash", "en synonym cross_lingual", "bt-021:3 bt-018:3 bt-029:2 bt-017:1"),
    Q("口红 显白 豆沙色", "zh attribute", "bt-013:3 bt-014:2"),
    Q("lipstick", "en cross_lingual", "bt-014:3 bt-013:3"),
    Q("retinol serum for beginners", "en", "bt-020:3 bt-019:1"),
    Q("美白精华", "zh cross_lingual", "bt-019:3 bt-020:1 pc-007:1"),
    Q(
        "干皮面霜 保湿",
        "zh attribute cross_lingual",
        "bt-001:3 bt-030:3 bb-016:1 bt-002:0 pc-017:0",
    ),
    Q(
        "moisturizer for oily skin",
        "en cross_lingual hard",
        "bt-002:3 bt-001:0 bt-030:0 bt-011:0 bt-026:0 pc-017:0",
    ),
    Q("敏感肌面霜", "zh attribute cross_lingual", "bt-001:3 bt-030:3 bb-016:1 bt-002:1"),
    Q("卸妆", "zh", "bt-017:3 bt-018:1 pc-023:0"),
    Q("防水睫毛膏", "zh", "bt-016:3"),
    Q("makeup brushes", "en cross_lingual", "bt-027:3"),
    Q("送女朋友的礼物 香水", "zh", "bt-028:3 jw-001:1 pc-024:0"),
    # --- 服饰 / clothing ----------------------------------------------------------------
    Q("羽绒服 女", "zh hard", "cl-001:3 cl-004:2 cl-002:0 cl-003:0 cl-027:0 hm-004:0"),
    Q("儿童羽绒服 130", "zh kids attribute", "cl-003:3 cl-001:0 cl-002:0"),
    Q("men's down jacket", "en cross_lingual hard", "cl-027:3 cl-002:3 cl-001:0 cl-004:0 cl-003:0"),
    Q(
        "something warm for winter under 300",
        "en price colloquial cross_lingual",
        "cl-005:3 cl-006:3 cl-007:3 cl-008:3 cl-010:3 cl-015:3 cl-016:3 cl-019:3 cl-025:3 "
        "cl-021:2 hm-021:2 hm-022:2 ap-018:2 ap-016:2 hm-001:2 sp-019:2 cl-003:1 cl-022:1 "
        "cl-020:1 cl-001:0 cl-004:0 cl-018:0 cl-002:0 cl-027:0 cl-014:0 ap-017:0",
        max_price=300,
    ),
    Q("保暖内衣", "zh cross_lingual", "cl-007:3 cl-008:3 cl-018:3 cl-022:2 sp-010:0"),
    Q("秋衣秋裤 男 XL", "zh attribute hard", "cl-007:3 cl-008:0 cl-022:0 cl-018:0"),
    Q(
        "thermal underwear for kids",
        "en kids cross_lingual hard",
        "cl-022:3 cl-007:0 cl-008:0 cl-018:0",
    ),
    Q("光腿神器", "zh colloquial", "cl-010:3"),
    Q("加绒裤子 男", "zh", "cl-025:3 cl-011:1 cl-010:0"),
    Q("jeans", "en cross_lingual", "cl-011:3 cl-012:3"),
    Q("纯棉T恤", "zh", "cl-013:3 sp-011:1"),
    Q("羊毛大衣 1000到2000", "zh price", "cl-014:3", min_price=1000, max_price=2000),
    Q("雪地靴", "zh cross_lingual", "cl-019:3 cl-020:2"),
    Q("kids snow boots", "en kids hard", "cl-020:3 cl-019:0"),
    Q("围巾 送妈妈", "zh cross_lingual", "cl-016:3 cl-015:3"),
    Q("rain jacket", "en cross_lingual", "cl-026:3 sp-012:2 cl-004:1"),
    Q("情侣睡衣", "zh", "cl-021:3"),
    # --- 家电 / appliances --------------------------------------------------------------
    Q("空气炸锅", "zh cross_lingual", "ap-001:3 ap-002:3 ap-003:3 bk-014:1 ap-013:0"),
    Q("air fryer under 300", "en price cross_lingual", "ap-001:3 ap-002:3 ap-003:0", max_price=300),
    Q(
        "三百左右的空气炸锅",
        "zh price colloquial",
        "ap-001:3 ap-002:0 ap-003:0",
        min_price=225,
        max_price=375,
    ),
    Q("扫地机器人", "zh cross_lingual", "ap-008:3 ap-009:3 ap-010:1 ap-011:1 ap-012:1"),
    Q(
        "robot vacuum under 2000",
        "en price cross_lingual",
        "ap-008:3 ap-011:1 ap-012:1 ap-009:0",
        max_price=2000,
    ),
    Q(
        "吸猫毛的吸尘器",
        "zh colloquial",
        "ap-011:3 ap-012:2 ap-008:2 ap-009:1 ap-027:1 pt-019:1 pt-021:1",
    ),
    Q("取暖器 省电", "zh cross_lingual", "ap-016:3 ap-017:3 ap-018:1 hm-022:1"),
    Q("space heater for the bathroom", "en cross_lingual attribute", "ap-016:3 ap-017:1"),
    Q("加湿器 静音", "zh", "ap-014:3 ap-015:1"),
    Q("humidifier", "en cross_lingual", "ap-014:3 ap-015:1"),
    Q("洗碗机 免安装", "zh attribute hard", "ap-019:3 ap-020:0"),
    Q("dishwasher", "en cross_lingual", "ap-019:3 ap-020:3"),
    Q("咖啡机", "zh cross_lingual", "ap-021:3 fd-009:0 fd-010:0"),
    Q("做豆浆的机器", "zh colloquial", "ap-005:3 ap-022:1 ap-023:1"),
    Q("portable blender", "en cross_lingual", "ap-022:3 ap-023:3 ap-005:1"),
    Q("吹风机 不伤发", "zh", "ap-025:3 pc-021:0"),
    Q("kettle", "en cross_lingual", "ap-006:3 ap-007:3"),
    Q("电饭锅", "zh synonym", "ap-004:3"),
    # --- 食品 / food --------------------------------------------------------------------
    Q("年货 坚果礼盒 送长辈", "zh", "fd-002:3 fd-001:2 fd-003:1 fd-011:1 fd-027:1 fd-022:1"),
    Q(
        "healthy snacks",
        "en cross_lingual colloquial",
        "fd-001:3 fd-003:3 fd-028:3 fd-018:2 fd-016:2 fd-026:2 fd-019:2 fd-020:1 fd-025:1 "
        "fd-005:0 fd-017:2",
    ),
    Q("9.9包邮零食", "zh price colloquial", "fd-005:3 fd-020:0 pt-011:0", max_price="9.9"),
    Q("螺蛳粉", "zh", "fd-006:3 fd-007:1 fd-008:1"),
    Q(
        "宿舍夜宵 速食",
        "zh colloquial cross_lingual",
        "fd-006:3 fd-007:3 fd-008:3 fd-005:1 fd-020:1 ap-002:1",
    ),
    Q("instant noodles", "en cross_lingual", "fd-008:3 fd-006:2 fd-007:1"),
    Q("黑咖啡 无糖", "zh attribute hard cross_lingual", "fd-009:3 fd-010:3 fd-029:0"),
    Q("coffee", "en cross_lingual", "fd-009:3 fd-010:3 fd-029:3 ap-021:1"),
    Q("东北土蜂蜜", "zh", "fd-013:3"),
    Q("五常大米", "zh", "fd-014:3"),
    Q("dark chocolate", "en cross_lingual hard", "fd-016:3 fd-017:3 fd-030:0 fd-019:0"),
    Q("低糖巧克力 健身", "zh cross_lingual", "fd-016:3 fd-017:2 fd-019:1 fd-030:0"),
    Q("fresh fruit", "en cross_lingual", "fd-021:3 fd-022:3 fd-028:1"),
    Q("牛奶 整箱", "zh", "fd-024:3 bb-009:0 hm-001:0"),
    Q("green tea", "en cross_lingual", "fd-011:3 fd-012:2"),
    Q(
        "五十块以内的零食",
        "zh price colloquial",
        "fd-005:3 fd-020:3 fd-026:3 fd-016:3 fd-006:2 fd-007:2 fd-018:2 fd-025:1 fd-001:0 "
        "fd-004:0 fd-028:0 pt-009:0 pt-011:0 fd-021:1",
        max_price=50,
    ),
    # --- 母婴 / baby --------------------------------------------------------------------
    Q(
        "给宝宝买的防胀气奶瓶",
        "zh colloquial cross_lingual hard",
        "bb-001:3 bb-003:3 bb-002:0 bb-021:0",
    ),
    Q("anti colic bottle", "en cross_lingual", "bb-003:3 bb-001:3 bb-002:0 bb-021:0 hm-010:0"),
    Q("纸尿裤 M码", "zh attribute cross_lingual", "bb-004:3 bb-006:3 bb-005:0"),
    Q("diapers", "en cross_lingual", "bb-004:3 bb-006:3 bb-005:2 bb-007:1 bb-008:1"),
    Q("婴儿湿巾", "zh cross_lingual", "bb-007:3 bb-008:3"),
    Q(
        "stroller that fits in an airplane cabin",
        "en cross_lingual attribute",
        "bb-011:3 bb-012:2 bb-013:0",
    ),
    Q("婴儿推车 新生儿能躺", "zh attribute hard cross_lingual", "bb-011:3 bb-012:0"),
    Q("宝宝出牙 磨牙", "zh hard cross_lingual", "bb-017:3 bb-018:3 pt-011:0"),
    Q("儿童保温杯", "zh kids hard", "bb-014:3 bb-021:1 hm-009:0 hm-010:0"),
    Q(
        "toys for a 1 year old",
        "en kids cross_lingual",
        "bb-020:3 bb-019:3 bb-017:1 bb-018:1 pt-018:0 bk-013:1 bk-001:1",
    ),
    # --- 家居 / home --------------------------------------------------------------------
    Q("四件套 冬天", "zh", "hm-001:3 hm-002:2 hm-003:1 hm-028:1"),
    Q("cotton bed sheets", "en cross_lingual attribute", "hm-003:3 hm-002:3 hm-028:1 hm-001:0"),
    Q("保温杯 大容量", "zh", "hm-009:3 hm-010:2 bb-014:1 sp-024:1"),
    Q(
        "a water bottle that keeps drinks cold",
        "en colloquial cross_lingual",
        "hm-010:3 hm-009:2 bb-014:1 sp-024:0 pt-014:0",
    ),
    Q("不粘锅 可以放洗碗机的", "zh attribute cross_lingual hard", "hm-012:3 hm-011:0"),
    Q("frying pan", "en cross_lingual", "hm-012:3 hm-011:2"),
    Q("收纳箱", "zh cross_lingual", "hm-016:3 hm-017:3"),
    Q("暖宝宝", "zh", "hm-022:3 ap-018:1"),
    Q("护颈椎的枕头", "zh cross_lingual", "hm-005:3 hm-006:3"),
    Q("scented candle", "en", "hm-023:3 hm-024:2"),
    Q("厨房刀具", "zh", "hm-013:3"),
    Q("salt and pepper grinder", "en", "hm-014:3"),
    # --- 运动户外 / sports --------------------------------------------------------------
    Q("瑜伽垫", "zh cross_lingual", "sp-001:3 sp-002:3"),
    Q("yoga mat under 100", "en price cross_lingual", "sp-001:3 sp-002:0", max_price=100),
    Q("跑鞋 女", "zh cross_lingual", "sp-008:3 sp-009:3 sp-014:1"),
    Q("massage gun", "en cross_lingual", "sp-006:3 sp-007:3"),
    Q("露营装备", "zh cross_lingual", "sp-015:3 sp-016:3 sp-017:3 sp-018:2 el-018:1 el-026:1"),
    Q("tent for 4 people", "en cross_lingual attribute", "sp-015:3 sp-016:0"),
    Q("冲锋衣", "zh cross_lingual", "sp-012:3 cl-026:2"),
    Q("waterproof hiking boots", "en", "sp-013:3 sp-014:1 cl-020:0"),
    Q("滑雪手套 小孩", "zh kids hard", "sp-025:3 sp-019:0"),
    Q("dumbbells", "en cross_lingual", "sp-003:3 sp-004:3"),
    Q("跳绳 减肥", "zh", "sp-005:3"),
    # --- 个护 / personal care -----------------------------------------------------------
    Q("去屑洗发水", "zh cross_lingual hard", "pc-001:3 pc-003:3 pc-002:0 bb-023:0"),
    Q("shampoo for damaged hair", "en cross_lingual", "pc-002:3 pc-004:1 pc-001:1 pc-003:1"),
    Q("电动牙刷", "zh cross_lingual", "pc-008:3 pc-009:3 pc-010:2"),
    Q("kids electric toothbrush", "en kids cross_lingual hard", "pc-010:3 pc-008:0 pc-009:0"),
    Q("剃须刀", "zh cross_lingual", "pc-013:3 pc-014:3"),
    Q("护手霜", "zh cross_lingual", "pc-016:3 pc-017:3"),
    Q("body lotion", "en cross_lingual", "pc-007:3 pc-017:1 pc-006:1 bt-031:0"),
    Q("洗手液", "zh", "pc-019:3 pc-020:1"),
    # --- 宠物 / pets --------------------------------------------------------------------
    Q(
        "猫粮",
        "zh cross_lingual hard",
        "pt-001:3 pt-002:3 pt-005:3 pt-012:1 pt-009:1 pt-003:0 pt-004:0",
    ),
    Q(
        "dog food",
        "en cross_lingual hard",
        "pt-003:3 pt-004:3 pt-006:3 pt-025:3 pt-010:1 pt-011:1 pt-001:0 pt-005:0",
    ),
    Q("小猫咪吃什么粮", "zh colloquial hard", "pt-002:3 pt-009:1 pt-001:0 pt-005:0 pt-012:1"),
    Q("puppy food", "en hard", "pt-006:3 pt-003:0 pt-004:0 pt-025:0"),
    Q("猫砂 可以冲马桶", "zh attribute hard cross_lingual", "pt-007:3 pt-008:0"),
    Q("cat litter", "en cross_lingual", "pt-007:3 pt-008:3 pt-024:1"),
    Q("猫咪饮水机", "zh cross_lingual", "pt-013:3 pt-014:3"),
    Q("狗狗零食", "zh hard cross_lingual", "pt-010:3 pt-011:3 pt-009:0"),
    Q("老年犬狗粮", "zh cross_lingual", "pt-025:3 pt-004:1 pt-003:1"),
    Q(
        "cat food under 150",
        "en price cross_lingual",
        "pt-001:3 pt-002:3 pt-005:0 pt-003:0 pt-012:1",
        max_price=150,
    ),
    # --- 图书 / 珠宝 ---------------------------------------------------------------------
    Q("儿童绘本", "zh cross_lingual", "bk-001:3 bk-013:3 bk-002:1 bk-007:1"),
    Q("英文原版小说", "zh cross_lingual", "bk-010:3 bk-009:2"),
    Q("learn Chinese for beginners", "en", "bk-012:3 bk-009:1"),
    Q("送女朋友 项链", "zh cross_lingual", "jw-001:3 jw-002:3 jw-016:1"),
    Q("pearl earrings", "en cross_lingual hard", "jw-003:3 jw-004:3 jw-013:0 jw-006:1"),
    Q("墨镜 开车", "zh synonym cross_lingual", "jw-009:3 jw-010:3"),
    Q("黄金手链", "zh", "jw-005:3 jw-016:0"),
    Q("men's watch", "en", "jw-012:3 el-020:1 jw-011:0"),
    Q(
        "100到300的手表",
        "zh price",
        "jw-011:3 el-021:1 el-022:1 el-020:0 jw-012:0",
        min_price=100,
        max_price=300,
    ),
    # --- more typos, spelling variants and mixed-language phrasing --------------------------
    Q("air fyer", "en typo cross_lingual", "ap-001:3 ap-002:3 ap-003:3 bk-014:1 el-001:0"),
    Q("羽绒副 女", "zh typo hard", "cl-001:3 cl-004:2 cl-002:0 cl-003:0 cl-027:0 hm-004:0"),
    Q(
        "moisturiser for dry sensitive skin",
        "en synonym cross_lingual",
        "bt-030:3 bt-001:3 bb-016:1 bt-002:0",
    ),
    Q("电动牙涮", "zh typo cross_lingual", "pc-008:3 pc-009:3 pc-010:2"),
    Q(
        "snacks under 50",
        "en price cross_lingual",
        "fd-005:3 fd-020:3 fd-026:3 fd-016:3 fd-018:2 fd-006:2 fd-007:2 fd-025:1 fd-028:0 "
        "fd-003:0 fd-001:0 pt-009:0 pt-011:0 fd-021:1",
        max_price=50,
    ),
    Q("给猫咪的 freeze dried 零食", "mixed hard", "pt-009:3 pt-010:0 fd-028:0"),
    Q(
        "防晒 sunscreen 推荐 敏感肌",
        "mixed attribute",
        "bt-031:3 bt-005:2 bt-006:2 bt-003:1 bt-032:1 bt-004:0 bt-007:0",
    ),
    # --- live now / flash sales -----------------------------------------------------------
    Q(
        "正在直播的耳机",
        "zh live",
        "el-001:3 el-002:3 el-004:3 el-007:3 el-005:2 el-003:0 el-008:0 el-006:0 el-033:0 el-035:0",
        live=True,
    ),
    Q(
        "what's live now in skincare",
        "en live cross_lingual",
        "bt-001:3 bt-003:3 bt-022:3 bt-002:3 bt-018:3 bt-006:3 bt-030:3 bt-009:2 bt-013:2 "
        "pc-001:1 bt-019:0 bt-020:0 bt-021:0 bt-023:0",
        live=True,
    ),
    Q("直播间里的空气炸锅", "zh live cross_lingual", "ap-001:3 ap-002:3 ap-003:3", live=True),
    Q(
        "live now: kitchen appliances",
        "en live cross_lingual",
        "ap-001:3 ap-002:3 ap-004:3 ap-003:3 ap-021:3 ap-016:1 ap-008:1 ap-018:1 ap-005:0 "
        "ap-006:0 ap-019:0 ap-022:0 ap-007:0",
        live=True,
    ),
    Q(
        "现在直播有什么吃的",
        "zh live colloquial",
        "fd-014:3 fd-013:3 fd-015:3 fd-021:3 fd-001:0 fd-002:0 fd-006:0",
        live=True,
    ),
    Q("正在直播 取暖器", "zh live", "ap-016:3 ap-018:2 ap-017:0", live=True),
    Q(
        "现在在秒杀的东西",
        "zh flash colloquial",
        "el-001:3 bt-003:3 ap-001:3 fd-014:3 el-007:3 hm-022:3 pc-008:3 el-002:0 fd-005:0 "
        "ap-016:0 bt-009:0 el-017:0",
    ),
    Q(
        "马上开始的秒杀",
        "zh flash soon colloquial",
        "bt-009:3 el-017:3 ap-016:3 fd-001:3 bt-006:3 pt-001:1 fd-005:1 el-001:1 ap-001:1 el-002:0",
    ),
    Q(
        "what's on flash sale right now",
        "en flash",
        "el-001:3 bt-003:3 ap-001:3 fd-014:3 el-007:3 hm-022:3 pc-008:3 bt-009:1 el-017:1 "
        "el-002:0 fd-005:0 sp-006:0",
    ),
    Q(
        "直播间的防晒霜",
        "zh live",
        "bt-003:3 bt-006:3 bt-032:0 bt-031:0 bt-005:0 bt-008:0 bt-004:0",
        live=True,
    ),
    Q(
        "正在直播的羽绒服",
        "zh live hard",
        "cl-004:2 cl-001:0 cl-002:0 cl-003:0 cl-027:0",
        live=True,
    ),
]
