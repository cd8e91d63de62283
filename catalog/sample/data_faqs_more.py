"""Second (and third) seller FAQs for listings whose main table carries only one.

Kept apart so the per-category tables stay readable; merged by build_sample in listing order.
"""

from __future__ import annotations

MORE_FAQS: dict[str, list[tuple[str, str]]] = {
    "bt-002": [("干皮冬天能用吗", "干皮冬天用会偏干，建议叠加面霜或换玻尿酸面霜。")],
    "bt-004": [("脸上能用吗", "脸和身体都能用，晒红的地方厚涂10分钟后洗掉或直接吸收。")],
    "bt-007": [("Can I use it on my face?", "Yes, it's gentle enough for face and body.")],
    "bt-011": [("Does it oxidize?", "Very little; most customers see no darkening after 8 hours.")],
    "bt-016": [("敏感眼能用吗", "通过眼周刺激测试，戴隐形眼镜也可以用。")],
    "bt-018": [("油皮洗完干吗", "氨基酸洗面奶洗完不紧绷，油皮夏天可能觉得不够清爽。")],
    "bt-030": [
        ("Can I use it under makeup?", "Yes, let it absorb for 2–3 minutes before foundation.")
    ],
    "cl-002": [
        ("帽子能拆吗", "帽子可拆卸，拉链连接。"),
        ("能机洗吗", "可以，用羽绒服专用洗涤剂、轻柔模式、低温烘干。"),
    ],
    "cl-003": [("能机洗吗", "三防面料，小脏污直接擦，整件可以用洗衣机轻柔模式洗。")],
    "cl-005": [
        (
            "Is the fleece inside soft?",
            "Yes, brushed fleece inside; it gets softer after a few washes.",
        )
    ],
    "cl-010": [("会起球吗", "锦纶面料不易起球，避免和粗糙面料摩擦。")],
    "cl-012": [
        (
            "Are they stretchy?",
            "A little: 1% elastane gives a bit of give but they hold their shape.",
        )
    ],
    "cl-018": [("Can I machine wash it?", "Yes, wool cycle in cold water; lay flat to dry.")],
    "el-006": [("麦克风能拆吗", "可以拆下来，不用的时候拔掉就行。")],
    "el-009": [
        (
            "Will they fit with glasses?",
            "Yes, the thin ear hooks sit comfortably next to glasses arms.",
        )
    ],
    "el-019": [
        ("How many times can it charge an iPhone 15?", "About one full charge (roughly 0–90%).")
    ],
    "el-024": [("能夹平板吗", "手机夹最大支持8.5cm宽，平板需要另购平板夹。")],
    "el-027": [("Can I pair two speakers?", "Yes, two units can pair for stereo sound.")],
    "ap-002": [("能烤蛋挞吗", "可以，一次放4个，180℃烤12分钟。")],
    "ap-004": [("内胆是什么涂层", "球釜内胆带不粘涂层，请用配套饭勺。")],
    "ap-011": [("电池能换吗", "电池可拆卸，官方店可单独购买备用电池。")],
    "ap-012": [("Does it have a wall mount?", "Yes, a wall-mounted charging dock is included.")],
    "ap-013": [("有宠物能用吗", "有宠物毛发模式，滤网前置初效网可拦截毛发。")],
    "ap-014": [("会有白雾落在桌上吗", "建议加纯净水或凉白开，用自来水会有白色水垢。")],
    "ap-017": [
        ("How long does it take to warm a room?", "About 20–30 minutes for a 15㎡ bedroom.")
    ],
    "ap-020": [("需要预留什么位置", "需预留60cm宽橱柜位，以及进水、排水和电源插座。")],
    "ap-021": [
        ("Does it have a built-in grinder?", "No, use pre-ground coffee or a separate grinder.")
    ],
    "ap-025": [("会很吵吗", "高速电机噪音比普通吹风机小，最大档约59分贝。")],
    "fd-002": [("保质期多久", "240天，发货为近2个月生产。")],
    "fd-007": [("辣不辣", "麻辣牛肉味，偏辣，怕辣的可以少放料包。")],
    "fd-014": [("怎么煮好吃", "米水比例1:1.2，泡20分钟再煮更香。")],
    "fd-016": [("会化吗", "25℃以上容易软化，夏季会加冰袋发货。")],
    "fd-017": [("Is it gluten free?", "Yes, there are no gluten ingredients.")],
    "fd-021": [("有多大个", "中果，果径70-75mm，一斤约3-4个。")],
    "bb-002": [("能用微波炉消毒吗", "玻璃瓶身可以，奶嘴和瓶盖建议蒸汽消毒。")],
    "bb-009": [("是哪里的奶源", "新西兰进口奶源，罐底有溯源码。")],
    "bb-012": [("Does it fold small enough for a car boot?", "Yes, it folds to 52 x 44 x 23 cm.")],
    "bb-014": [("吸管能换吗", "吸管可以单独购买替换，建议3个月换一次。")],
    "bb-016": [("脸上起皮能用吗", "可以，每天早晚薄涂，干得厉害的地方厚涂。")],
    "hm-003": [("Does it fit deep mattresses?", "The fitted sheet has 38cm deep pockets.")],
    "hm-010": [("Does it fit in a car cup holder?", "Yes, the base is 7.3cm wide.")],
    "hm-012": [
        (
            "Can I use metal utensils?",
            "Wooden or silicone utensils are best to protect the coating.",
        )
    ],
    "hm-015": [("盖子漏水吗", "四面卡扣+硅胶圈，装汤倒置不漏。")],
    "hm-018": [("一次放几颗", "普通一桶衣服放1颗，脏衣服多放2颗。")],
    "hm-021": [("能水洗吗", "可以手洗，洗后阴干。")],
    "hm-022": [("能带上飞机吗", "暖宝宝可以托运和随身携带，以航司规定为准。")],
    "hm-026": [("碗有多大", "饭碗4.5英寸，面碗7英寸，盘子8英寸。")],
    "sp-003": [("一只最重多少", "单只最重24kg，最轻2kg，共15档。")],
    "sp-006": [("充一次电用多久", "约4小时，Type-C充电。")],
    "sp-009": [
        (
            "Are they good for wide feet?",
            "The toe box is standard width; wide feet should size up half a size.",
        )
    ],
    "pc-003": [
        (
            "How often should I use it?",
            "2–3 times a week for dandruff, alternate with a gentle shampoo.",
        )
    ],
    "pc-007": [("孕妇能用吗", "含果酸，孕期建议咨询医生后使用。")],
    "pc-013": [("能带上飞机吗", "可以随身携带，锂电池符合民航规定。")],
    "pc-018": [("Will it stain clothes?", "It goes on clear and doesn't leave white marks.")],
    "pt-002": [("几个月可以吃", "2个月断奶后可以吃，可以用温水泡软。")],
    "pt-005": [
        (
            "Is it good for cats with sensitive stomachs?",
            "It's grain-free with a single animal protein blend; switch over 7 days.",
        )
    ],
    "pt-008": [("Is it dusty?", "99% dust-free after sifting; pour slowly to keep dust down.")],
    "pt-013": [("清洗麻烦吗", "水泵可以拆下来冲洗，建议每周清洗一次。")],
    "pt-017": [("会勒脖子吗", "胸背式设计，力度分散在胸口，不勒脖子。")],
    "bk-012": [("Is pinyin included?", "Yes, every word and sentence has pinyin.")],
    "jw-002": [("Will it tarnish?", "Rhodium plating keeps it bright; keep it away from perfume.")],
    "jw-007": [
        ("会不会掉色", "钛钢本色，不会掉色。"),
        ("多久能发货", "不刻字3天内发，刻字款5-7天。"),
    ],
    "jw-009": [("偏光是真的吗", "可以用手机屏幕测试，转动镜片会变暗。")],
    "jw-011": [("表带能调吗", "钢带可以拆节调整，店铺附赠拆表带工具。")],
    "jw-015": [("有证书吗", "附国检证书，可在官网查询编号。")],
    "el-033": [("能连电脑上网课吗", "支持蓝牙和3.5mm有线连接，电脑和平板都能用。")],
    "bt-031": [
        ("Does it leave a white cast?", "A slight white cast at first that fades in a few minutes.")
    ],
}
