"""A realistic, deterministic synthetic catalog for tests, demos and benchmarks.

Same `(n_products, seed, now)` → byte-identical output. About two thirds of the listings are
Chinese and one third English, across 16 categories with their own nouns, brands, specs, SKU
dimensions and FAQs; creators on Douyin and Kuaishou; live rooms live at `now` or upcoming;
short videos; flash sales running at `now`, upcoming or over; some products sold out or off the
shelf. Every record satisfies `catalog.format` (the test suite checks this).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, TextIO

CST = timezone(timedelta(hours=8))


def _w(text: str) -> list[str]:
    return [part.strip() for part in text.split("|") if part.strip()]


@dataclass(frozen=True)
class Attr:
    zh: str
    zh_values: list[str]
    en: str
    en_values: list[str]


@dataclass(frozen=True)
class Category:
    zh: str
    en: str
    zh_nouns: list[str]
    en_nouns: list[str]
    brands: list[str]
    zh_points: list[str]  # selling points used in titles and descriptions
    en_points: list[str]
    attrs: list[Attr]
    sku: Attr  # the dimension SKUs vary along
    price: tuple[int, int]  # yuan
    zh_faqs: list[tuple[str, str]]
    en_faqs: list[tuple[str, str]]
    return_policy: str = "7day_no_reason"


def A(zh: str, zh_values: str, en: str, en_values: str) -> Attr:
    return Attr(zh, _w(zh_values), en, _w(en_values))


CATEGORIES: list[Category] = [
    Category(
        "美妆/彩妆/口红", "Beauty/Makeup/Lipstick",
        _w("丝绒哑光口红|水光唇釉|滋润唇膏|雾面唇泥|镜面唇彩"),
        _w("Velvet Matte Lipstick|Glossy Lip Tint|Hydrating Lip Balm|Lip Clay|Liquid Lipstick"),
        _w("花西子|完美日记|3CE|YSL|Maybelline|橘朵"),
        _w("显白不挑皮|持久不沾杯|黄皮亲妈|秋冬必备|素颜也能涂|一抹显色"),
        _w("long-lasting|transfer-proof|brightening shades|creamy finish|all-day comfort"),
        [
            A("色号", "#01正红|#02豆沙|#03枫叶红|#05奶茶色", "Shade", "Ruby Red|Rosewood|Nude Beige|Brick"),
            A("质地", "哑光|水润|丝绒|镜面", "Finish", "Matte|Satin|Velvet|Gloss"),
            A("净含量", "3.5g|3g|2.5g", "Net weight", "3.5 g|3 g|2.5 g"),
        ],
        A("色号", "正红|豆沙|枫叶红|奶茶色|烂番茄", "Shade", "Red|Rose|Maple|Nude|Coral"),
        (59, 399),
        [("会不会拔干", "添加了保湿成分，嘴唇干的话建议先涂润唇膏打底。"),
         ("黄皮适合哪个色号", "黄皮推荐豆沙和枫叶红，显白又日常。")],
        [("Is it drying?", "It has moisturising oils; prep with balm if your lips are dry."),
         ("Which shade suits warm skin tones?", "Rosewood and Brick are our best sellers for warm tones.")],
    ),
    Category(
        "美妆/护肤/精华", "Beauty/Skincare/Serum",
        _w("修护精华液|美白精华|玻尿酸原液|抗老精华|烟酰胺精华"),
        _w("Repair Serum|Brightening Serum|Hyaluronic Acid Serum|Retinol Night Serum|Niacinamide Serum"),
        _w("珀莱雅|薇诺娜|The Ordinary|雅诗兰黛|Olay|润百颜"),
        _w("熬夜救星|敏感肌可用|淡化痘印|补水保湿|提亮肤色|早C晚A"),
        _w("for sensitive skin|fades dark spots|deep hydration|visible glow in 7 days|fragrance-free"),
        [
            A("容量", "30ml|50ml|15ml", "Volume", "30 ml|50 ml|15 ml"),
            A("适合肤质", "油皮|干皮|混合皮|敏感肌|所有肤质", "Skin type", "Oily|Dry|Combination|Sensitive|All"),
            A("功效", "补水|美白|抗皱|修护", "Benefit", "Hydrating|Brightening|Anti-ageing|Repairing"),
        ],
        A("容量", "15ml|30ml|50ml", "Size", "15 ml|30 ml|50 ml"),
        (79, 899),
        [("孕妇可以用吗", "成分温和无酒精，但孕期护肤建议先咨询医生。"),
         ("敏感肌能用吗", "通过了敏感肌测试，第一次用建议耳后试用。")],
        [("Can I use it while pregnant?", "It is alcohol-free and gentle, but please ask your doctor first."),
         ("Does it work on sensitive skin?", "It passed sensitive-skin testing; patch test behind the ear first.")],
    ),
    Category(
        "数码/音频/耳机", "Electronics/Audio/Earbuds",
        _w("降噪蓝牙耳机|真无线耳机|骨传导耳机|头戴式耳机|运动耳机"),
        _w("Noise Cancelling Earbuds|True Wireless Earbuds|Bone Conduction Headphones|Over-Ear Headphones|Sport Earphones"),
        _w("声悦|华为|小米|Sony|JBL|漫步者"),
        _w("主动降噪|超长续航|通话清晰|低延迟游戏|半入耳舒适|IPX5防水"),
        _w("active noise cancelling|40-hour battery|crystal-clear calls|low-latency gaming|IPX5 water resistant"),
        [
            A("续航", "24小时|30小时|40小时", "Battery life", "24 h|30 h|40 h"),
            A("蓝牙版本", "5.3|5.2|5.4", "Bluetooth", "5.3|5.2|5.4"),
            A("防水等级", "IPX4|IPX5|IP55", "Water resistance", "IPX4|IPX5|IP55"),
        ],
        A("颜色", "曜石黑|珍珠白|薄荷绿|星空蓝", "Colour", "Black|White|Mint|Blue"),
        (99, 1999),
        [("安卓苹果都能连吗", "蓝牙通用，安卓和苹果手机都能连。"),
         ("降噪效果怎么样", "地铁公交环境能降低大部分低频噪音。")],
        [("Does it work with iPhone and Android?", "Yes, it pairs with any Bluetooth phone."),
         ("How good is the noise cancelling?", "It removes most low-frequency noise on trains and buses.")],
    ),
    Category(
        "数码/手机配件/充电宝", "Electronics/Phone Accessories/Power Bank",
        _w("磁吸充电宝|快充移动电源|迷你充电宝|自带线充电宝"),
        _w("Magnetic Power Bank|Fast-Charging Power Bank|Mini Power Bank|Power Bank with Built-in Cable"),
        _w("Anker|倍思|小米|绿联|罗马仕"),
        _w("可上飞机|22.5W快充|轻薄便携|自带双线|磁吸无线充"),
        _w("airline safe|22.5W fast charging|slim and light|built-in cables|MagSafe compatible"),
        [
            A("容量", "10000mAh|20000mAh|5000mAh", "Capacity", "10000 mAh|20000 mAh|5000 mAh"),
            A("输出功率", "22.5W|20W|65W", "Output", "22.5 W|20 W|65 W"),
            A("接口", "Type-C|USB-A+Type-C", "Ports", "USB-C|USB-A + USB-C"),
        ],
        A("颜色", "黑色|白色|粉色|紫色", "Colour", "Black|White|Pink|Purple"),
        (49, 399),
        [("能带上飞机吗", "额定能量低于100Wh，可以随身携带登机。"),
         ("支持苹果快充吗", "支持PD快充，苹果手机30分钟可充到50%左右。")],
        [("Can I take it on a plane?", "Yes, it is under 100 Wh, so carry-on is fine."),
         ("Does it fast-charge iPhones?", "Yes, USB-C PD charges an iPhone to about 50% in 30 minutes.")],
    ),
    Category(
        "服饰/女装/连衣裙", "Apparel/Women/Dresses",
        _w("法式碎花连衣裙|针织连衣裙|小黑裙|衬衫裙|吊带长裙"),
        _w("Floral Midi Dress|Knit Dress|Little Black Dress|Shirt Dress|Slip Maxi Dress"),
        _w("UR|ONLY|太平鸟|Zara|拉夏贝尔|茵曼"),
        _w("显瘦遮肉|气质通勤|约会必备|垂感好不起球|小个子友好"),
        _w("flattering fit|office to evening|soft drape|petite friendly|breathable fabric"),
        [
            A("面料", "棉|雪纺|针织|真丝混纺", "Fabric", "Cotton|Chiffon|Knit|Silk blend"),
            A("裙长", "中长款|短款|长款", "Length", "Midi|Mini|Maxi"),
            A("风格", "法式|通勤|甜美|复古", "Style", "French|Workwear|Sweet|Vintage"),
        ],
        A("尺码", "S|M|L|XL", "Size", "S|M|L|XL"),
        (89, 699),
        [("160cm 100斤穿什么码", "建议M码，喜欢宽松可以选L。"),
         ("会透吗", "有内衬，浅色也不透。")],
        [("What size for 160 cm / 50 kg?", "We suggest M; take L for a looser fit."),
         ("Is it see-through?", "It is lined, so even light colours are not see-through.")],
    ),
    Category(
        "服饰/男装/卫衣", "Apparel/Men/Hoodies",
        _w("重磅连帽卫衣|加绒圆领卫衣|宽松拉链卫衣|情侣款卫衣"),
        _w("Heavyweight Hoodie|Fleece Crewneck Sweatshirt|Oversized Zip Hoodie|Couples Hoodie"),
        _w("李宁|Nike|安踏|优衣库|Champion|森马"),
        _w("加绒加厚|不起球不掉色|宽松百搭|秋冬保暖|纯棉亲肤"),
        _w("fleece-lined|no pilling|relaxed fit|warm for winter|100% cotton"),
        [
            A("面料", "纯棉|棉涤混纺|毛圈棉", "Fabric", "Cotton|Cotton-poly blend|French terry"),
            A("版型", "宽松|修身|常规", "Fit", "Oversized|Slim|Regular"),
            A("厚度", "加绒|常规|薄款", "Weight", "Fleece|Regular|Light"),
        ],
        A("尺码", "M|L|XL|XXL", "Size", "M|L|XL|XXL"),
        (69, 499),
        [("洗了会缩水吗", "预缩处理过，冷水洗基本不缩。"),
         ("偏大还是偏小", "宽松版型，正常选码即可。")],
        [("Does it shrink?", "It is pre-shrunk; wash cold and it keeps its size."),
         ("Does it run large?", "It is an oversized cut; order your usual size.")],
    ),
    Category(
        "鞋靴/运动鞋", "Shoes/Sneakers",
        _w("缓震跑步鞋|百搭小白鞋|复古老爹鞋|透气网面运动鞋|篮球鞋"),
        _w("Cushioned Running Shoes|Classic White Sneakers|Retro Chunky Sneakers|Mesh Trainers|Basketball Shoes"),
        _w("特步|Adidas|Nike|李宁|回力|New Balance"),
        _w("软底不累脚|透气防滑|增高显腿长|轻便缓震|一脚蹬"),
        _w("all-day comfort|breathable mesh|non-slip sole|lightweight cushioning|easy slip-on"),
        [
            A("鞋面材质", "网布|皮革|飞织", "Upper", "Mesh|Leather|Knit"),
            A("鞋底材质", "橡胶|EVA|气垫", "Sole", "Rubber|EVA|Air cushion"),
            A("适用场景", "跑步|日常|健身", "Use", "Running|Everyday|Gym"),
        ],
        A("尺码", "38|39|40|41|42|43", "Size", "EU 38|EU 39|EU 40|EU 41|EU 42|EU 43"),
        (129, 1299),
        [("尺码标准吗", "标准码，脚宽脚背高建议大半码。"),
         ("可以跑步吗", "中底有缓震，日常慢跑没问题。")],
        [("Are the sizes true to size?", "Yes; if your feet are wide, go half a size up."),
         ("Can I run in them?", "The cushioned midsole is fine for everyday jogging.")],
    ),
    Category(
        "食品/零食/坚果", "Food/Snacks/Nuts",
        _w("每日坚果|碧根果|夏威夷果|混合果仁礼盒|手剥山核桃"),
        _w("Daily Mixed Nuts|Pecans|Macadamia Nuts|Nut Gift Box|Roasted Walnuts"),
        _w("三只松鼠|良品铺子|百草味|沃隆|Planters"),
        _w("独立小包装|孕妇零食|年货礼盒|0添加|颗颗饱满"),
        _w("individually packed|no added sugar|perfect gift box|crunchy and fresh|healthy snack"),
        [
            A("净含量", "750g|500g|1kg", "Net weight", "750 g|500 g|1 kg"),
            A("保质期", "180天|240天|12个月", "Shelf life", "180 days|240 days|12 months"),
            A("口味", "原味|奶油味|椒盐味", "Flavour", "Original|Cream|Salted"),
        ],
        A("规格", "30包|15包|7包", "Pack", "30 packs|15 packs|7 packs"),
        (29, 299),
        [("生产日期是多久的", "都是近三个月内生产的新货。"),
         ("孕妇能吃吗", "配料简单，孕妇可以适量食用。")],
        [("How fresh is it?", "Everything is produced within the last three months."),
         ("Is it OK during pregnancy?", "The ingredients are simple; fine in moderation.")],
        "no_return",
    ),
    Category(
        "食品/茶饮/茶叶", "Food/Tea",
        _w("明前龙井|安溪铁观音|云南普洱|正山小种红茶|茉莉花茶"),
        _w("Longjing Green Tea|Tieguanyin Oolong|Yunnan Pu-erh|Lapsang Souchong|Jasmine Tea"),
        _w("西湖牌|八马|大益|小罐茶|Twinings"),
        _w("口粮茶|送礼有面|高山茶园|头采嫩芽|回甘明显"),
        _w("first flush|gift ready|high-mountain garden|smooth finish|loose leaf"),
        [
            A("净含量", "250g|100g|500g", "Net weight", "250 g|100 g|500 g"),
            A("产地", "杭州|安溪|勐海|武夷山", "Origin", "Hangzhou|Anxi|Menghai|Wuyi"),
            A("包装", "罐装|袋装|礼盒装", "Packaging", "Tin|Bag|Gift box"),
        ],
        A("规格", "100g|250g|500g", "Size", "100 g|250 g|500 g"),
        (39, 999),
        [("怎么冲泡", "85度左右的水，第一泡快出汤。"),
         ("是今年的新茶吗", "是今年春茶，包装上有生产日期。")],
        [("How do I brew it?", "Use water around 85 °C and pour the first infusion quickly."),
         ("Is it this year's harvest?", "Yes, spring harvest; the date is on the pack.")],
        "no_return",
    ),
    Category(
        "家居/厨具/锅具", "Home/Kitchen/Cookware",
        _w("不粘炒锅|麦饭石煎锅|铸铁炖锅|不锈钢汤锅|陶瓷砂锅"),
        _w("Non-stick Wok|Stone Frying Pan|Cast Iron Casserole|Stainless Steel Stockpot|Ceramic Clay Pot"),
        _w("苏泊尔|爱仕达|双立人|炊大皇|Tefal|康宁"),
        _w("少油烟|不粘不糊|燃气电磁炉通用|一锅多用|免开锅"),
        _w("PFOA-free|works on gas and induction|even heating|easy to clean|oven safe"),
        [
            A("尺寸", "28cm|30cm|32cm|24cm", "Diameter", "28 cm|30 cm|32 cm|24 cm"),
            A("材质", "铝合金|铸铁|不锈钢|陶瓷", "Material", "Aluminium|Cast iron|Stainless steel|Ceramic"),
            A("适用炉灶", "通用|燃气灶|电磁炉", "Hob", "All hobs|Gas|Induction"),
        ],
        A("尺寸", "24cm|28cm|30cm|32cm", "Size", "24 cm|28 cm|30 cm|32 cm"),
        (59, 1299),
        [("电磁炉能用吗", "复合底，电磁炉和燃气灶都能用。"),
         ("涂层会掉吗", "不要用钢丝球和铁铲，正常使用不会掉。")],
        [("Does it work on induction?", "Yes, the base works on induction and gas."),
         ("Will the coating peel?", "Not with normal use; avoid steel wool and metal utensils.")],
    ),
    Category(
        "家电/小家电/空气炸锅", "Appliances/Small Appliances/Air Fryer",
        _w("可视空气炸锅|大容量空气炸锅|多功能电烤箱|破壁料理机|电饭煲"),
        _w("Air Fryer with Window|Large Air Fryer|Countertop Oven|High-Speed Blender|Rice Cooker"),
        _w("美的|九阳|小熊|苏泊尔|Philips|Ninja"),
        _w("无油也酥脆|可视窗口|一机多用|智能预约|家庭装大容量"),
        _w("crispy without oil|see-through window|one-touch presets|delay timer|family size"),
        [
            A("容量", "5L|6L|4.5L|3L", "Capacity", "5 L|6 L|4.5 L|3 L"),
            A("功率", "1500W|1350W|1700W", "Power", "1500 W|1350 W|1700 W"),
            A("控制方式", "触控|旋钮", "Controls", "Touch|Dial"),
        ],
        A("颜色", "奶白色|黑色|薄荷绿", "Colour", "Cream|Black|Mint"),
        (149, 1599),
        [("一次能烤一只鸡吗", "5L以上可以放下一只小整鸡。"),
         ("保修多久", "全国联保一年，有问题联系客服。")],
        [("Can it roast a whole chicken?", "The 5 L+ models fit a small whole chicken."),
         ("What is the warranty?", "One year nationwide; contact support for repairs.")],
    ),
    Category(
        "母婴/纸尿裤", "Baby/Diapers",
        _w("婴儿纸尿裤|拉拉裤|夜用纸尿裤|新生儿尿不湿"),
        _w("Baby Diapers|Pull-Up Pants|Overnight Diapers|Newborn Nappies"),
        _w("帮宝适|好奇|花王|巴布豆|Pampers"),
        _w("超薄透气|夜用不漏|红屁屁克星|柔软亲肤|整箱囤货"),
        _w("ultra thin|leak-proof overnight|gentle on skin|wetness indicator|bulk pack"),
        [
            A("尺码", "NB|S|M|L|XL", "Size", "NB|S|M|L|XL"),
            A("适用体重", "5kg以下|4-8kg|6-11kg|9-14kg", "Weight", "up to 5 kg|4-8 kg|6-11 kg|9-14 kg"),
            A("片数", "84片|60片|52片", "Count", "84|60|52"),
        ],
        A("尺码", "S|M|L|XL", "Size", "S|M|L|XL"),
        (69, 399),
        [("怎么选尺码", "按宝宝体重选，在两个码之间建议选大一码。"),
         ("是正品吗", "品牌授权，支持验货。")],
        [("Which size should I choose?", "Choose by weight; between two sizes, go up."),
         ("Is it genuine?", "Yes, we are an authorised seller.")],
    ),
    Category(
        "个护/洗护/洗发水", "Personal Care/Hair/Shampoo",
        _w("控油蓬松洗发水|氨基酸洗发露|防脱洗发水|护发素|发膜"),
        _w("Volumising Shampoo|Amino Acid Shampoo|Anti Hair-fall Shampoo|Conditioner|Hair Mask"),
        _w("海飞丝|潘婷|阿道夫|滋源|Aesop|Head & Shoulders"),
        _w("控油72小时|无硅油|留香持久|头皮护理|柔顺不毛躁"),
        _w("silicone-free|72-hour oil control|long-lasting scent|scalp care|frizz control"),
        [
            A("容量", "500ml|400ml|750ml", "Volume", "500 ml|400 ml|750 ml"),
            A("适合发质", "油性|干性|中性|受损", "Hair type", "Oily|Dry|Normal|Damaged"),
            A("香味", "柑橘|白茶|玫瑰|无香", "Scent", "Citrus|White tea|Rose|Unscented"),
        ],
        A("规格", "400ml|500ml|750ml", "Size", "400 ml|500 ml|750 ml"),
        (29, 299),
        [("染烫后能用吗", "氨基酸配方温和，染烫后也能用。"),
         ("多久能看到效果", "坚持用两到三周，头皮出油会明显减少。")],
        [("Is it safe for coloured hair?", "Yes, the amino-acid formula is colour-safe."),
         ("How soon will I see results?", "Most people notice less oil within two to three weeks.")],
    ),
    Category(
        "运动户外/瑜伽", "Sports/Yoga",
        _w("加厚瑜伽垫|瑜伽裤|弹力带套装|健身瑜伽球|瑜伽砖"),
        _w("Thick Yoga Mat|High-Waist Leggings|Resistance Band Set|Exercise Ball|Yoga Block"),
        _w("Keep|迪卡侬|Lululemon|李宁|Gaiam"),
        _w("防滑加厚|高腰提臀|居家健身|回弹好|初学者友好"),
        _w("non-slip|high-waisted|home workout|great rebound|beginner friendly"),
        [
            A("厚度", "6mm|8mm|10mm", "Thickness", "6 mm|8 mm|10 mm"),
            A("材质", "TPE|NBR|天然橡胶", "Material", "TPE|NBR|Natural rubber"),
            A("尺寸", "183x61cm|185x80cm", "Dimensions", "183 x 61 cm|185 x 80 cm"),
        ],
        A("颜色", "雾霾蓝|樱花粉|黑色|燕麦色", "Colour", "Blue|Pink|Black|Oat"),
        (39, 699),
        [("有味道吗", "TPE环保材质，拆开通风一两天就没味了。"),
         ("初学者选多厚", "建议8mm，跪姿不硌膝盖。")],
        [("Does it smell?", "TPE is eco-friendly; air it out for a day or two."),
         ("Which thickness for beginners?", "8 mm protects your knees in kneeling poses.")],
    ),
    Category(
        "宠物/猫粮", "Pets/Cat Food",
        _w("全价冻干猫粮|幼猫奶糕|无谷猫粮|主食猫罐头|猫条"),
        _w("Freeze-dried Cat Food|Kitten Food|Grain-free Cat Food|Wet Cat Food Cans|Cat Treat Sticks"),
        _w("渴望|皇家|网易严选|麦富迪|Purina"),
        _w("高蛋白|无谷低敏|美毛亮毛|挑嘴猫也爱|冻干双拼"),
        _w("high protein|grain-free|shiny coat|for picky eaters|freeze-dried mix"),
        [
            A("净含量", "1.5kg|2kg|10kg", "Net weight", "1.5 kg|2 kg|10 kg"),
            A("适用阶段", "幼猫|成猫|全阶段", "Life stage", "Kitten|Adult|All stages"),
            A("主要成分", "鸡肉|鱼肉|鸭肉", "Main protein", "Chicken|Fish|Duck"),
        ],
        A("规格", "1.5kg|2kg|4kg", "Size", "1.5 kg|2 kg|4 kg"),
        (39, 599),
        [("怎么换粮", "新旧粮按比例混合，七天过渡。"),
         ("幼猫能吃吗", "全阶段配方，两个月以上幼猫可以吃。")],
        [("How do I switch foods?", "Mix old and new over seven days."),
         ("Is it OK for kittens?", "It is an all-stages formula, fine from two months.")],
        "no_return",
    ),
    Category(
        "箱包/双肩包", "Bags/Backpacks",
        _w("通勤双肩包|电脑背包|大容量旅行包|学生书包|防盗背包"),
        _w("Commuter Backpack|Laptop Backpack|Travel Duffel|School Backpack|Anti-theft Backpack"),
        _w("新秀丽|小米|Herschel|The North Face|卡拉羊"),
        _w("可放15.6寸电脑|防泼水|减压背带|大容量|USB充电口"),
        _w("fits a 15.6-inch laptop|water-repellent|padded straps|huge capacity|USB charging port"),
        [
            A("容量", "20L|25L|30L|40L", "Capacity", "20 L|25 L|30 L|40 L"),
            A("材质", "尼龙|牛津布|涤纶", "Material", "Nylon|Oxford|Polyester"),
            A("电脑尺寸", "14寸|15.6寸|17寸", "Laptop", "14 in|15.6 in|17 in"),
        ],
        A("颜色", "黑色|灰色|藏青|卡其", "Colour", "Black|Grey|Navy|Khaki"),
        (79, 999),
        [("能放多大的电脑", "电脑仓最大放15.6寸笔记本。"),
         ("下雨会渗水吗", "面料防泼水，小雨没问题，大雨建议用防雨罩。")],
        [("What laptop size fits?", "Up to a 15.6-inch laptop."),
         ("Is it waterproof?", "It is water-repellent; use a rain cover in heavy rain.")],
    ),
]  # fmt: skip

ZH_PREFIXES = _w(
    "【主播推荐】|🔥秒杀|【直播间专享】|【限时特惠】|【官方旗舰】|【买一送一】|【爆款】|【新品首发】"
)
EN_PREFIXES = _w(
    "🔥 Flash Deal:|[Creator's Pick]|[Live Exclusive]|[Limited Time]|[Best Seller]|[New]"
)
ZH_SUFFIXES = _w("家人们冲|库存不多|拍一发二|到手价更低|主播自用款|回购无数次|今晚最低价")
EN_SUFFIXES = _w("– while stocks last|– bestseller|– gift ready|– live price|– buy 2 save more")
ZH_SHIPPING = _w("48小时内发货，包邮（偏远地区除外）|24小时发货，顺丰包邮|72小时内发货，满99包邮")
EN_SHIPPING = _w(
    "Ships within 48 hours, free shipping|Ships next day|Ships in 3 days, free over ¥99"
)
ZH_CREATOR_NAMES = _w(
    "小美爱分享|阿杰数码测评|厨房里的胖妈|宝妈日记|健身教练Kiki|茶叔说茶|猫咪研究所|"
    "穿搭小鹿|零食大王|居家好物君|东北老铁带货|美妆师阿May"
)
EN_CREATOR_NAMES = _w(
    "Daily Deals Dana|Tech with Tom|Lily's Kitchen|FitWithMia|Beauty by Zoe|Pet Pals"
)
ZH_ROOM_TITLES = _w("双十二预热专场|宠粉福利夜|年货节直播|新品首发专场|周末清仓|品牌日大促")
EN_ROOM_TITLES = _w("Weekend Mega Sale|New Arrivals Live|Fan Appreciation Night|Clearance Live")
ZH_VIDEO_TITLES = _w("{n}真实测评|三款{n}横评，哪款最值|{n}开箱|用了一个月的{n}说说真话")
EN_VIDEO_TITLES = _w("Honest {n} review|Three {n}s compared|{n} unboxing|One month with the {n}")
GENERIC_ZH_FAQS = [
    ("什么时候发货", "付款后48小时内发货，节假日顺延。"),
    ("支持七天无理由吗", "支持七天无理由退换，商品不影响二次销售即可。"),
    ("有运费险吗", "直播间下单赠送运费险。"),
]
GENERIC_EN_FAQS = [
    ("When will it ship?", "Within 48 hours of payment."),
    ("Can I return it?", "Yes, within 7 days if it is unused."),
]
ROOM_DURATION_HOURS = (2, 3, 4)


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _charm_cents(rng: random.Random, lo: int, hi: int) -> int:
    """A shop-style price in cents: 199.00, 59.90, 129.00 …"""
    yuan = rng.randint(lo, hi)
    yuan = max(9, yuan - yuan % 10 + 9) if yuan >= 20 else yuan
    return yuan * 100 if rng.random() < 0.7 else yuan * 100 - 10


def _iso(moment: datetime) -> str:
    return moment.astimezone(CST).isoformat()


class _Writer:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.counts: dict[str, int] = {}

    def __call__(self, record: dict[str, Any]) -> None:
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.counts[record["type"]] = self.counts.get(record["type"], 0) + 1


@dataclass
class _ProductInfo:
    id: str
    price_cents: int
    sku_prices: list[tuple[str, int]]
    on_sale: bool
    creator_index: int
    noun: str
    zh: bool


def write_synthetic_catalog(
    out: TextIO, n_products: int, *, seed: int = 0, now: datetime
) -> dict[str, int]:
    """Write a synthetic catalog of `n_products` products (plus creators, rooms, videos, flash
    sales) as JSONL; times are arranged around `now`. Returns counts per record type."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    now = now.replace(microsecond=0)
    rng = random.Random(seed)
    write = _Writer(out)
    out.write(f"// synthetic catalog: {n_products} products, seed {seed}, now {_iso(now)}\n")

    n_creators = max(4, min(400, n_products // 250))
    for i in range(n_creators):
        zh = i % 3 != 2
        pool = ZH_CREATOR_NAMES if zh else EN_CREATOR_NAMES
        k = (2 * (i // 3) + (i % 3)) if zh else i // 3
        name = pool[k % len(pool)] + (str(k // len(pool) + 1) if k >= len(pool) else "")
        record: dict[str, Any] = {
            "type": "creator",
            "id": f"syn-c{i:04d}",
            "name": name,
            "platform": "kuaishou" if i % 2 else ("other" if i % 7 == 6 else "douyin"),
            "handle": f"syn_{i:04d}",
            "followers": rng.randint(1_000, 20_000_000),
        }
        if rng.random() < 0.7:
            record["bio"] = (
                f"每天分享好物，只推荐自己用过的{rng.choice(CATEGORIES).zh_nouns[0]}。"
                if zh
                else "Only recommending what I actually use."
            )
        write(record)

    products = [_write_product(write, rng, i, n_creators) for i in range(n_products)]
    on_sale = [p for p in products if p.on_sale] or products
    rooms = _write_rooms(write, rng, now, n_creators, on_sale, n_products)
    _write_videos(write, rng, now, n_creators, on_sale, n_products)
    _write_flash_sales(write, rng, now, on_sale, rooms, n_products)
    return write.counts


def _write_product(write: _Writer, rng: random.Random, i: int, n_creators: int) -> _ProductInfo:
    cat = CATEGORIES[rng.randrange(len(CATEGORIES))]
    zh = rng.random() < 2 / 3
    brand = rng.choice(cat.brands)
    pid = f"syn-p{i:06d}"
    noun = rng.choice(cat.zh_nouns if zh else cat.en_nouns)
    point = rng.choice(cat.zh_points if zh else cat.en_points)
    if zh:
        title = f"{rng.choice(ZH_PREFIXES)}{brand} {noun} {point}"
        if rng.random() < 0.5:
            title += f" {rng.choice(ZH_SUFFIXES)}"
    else:
        title = f"{rng.choice(EN_PREFIXES)} {brand} {noun}, {point}"
        if rng.random() < 0.4:
            title += f" {rng.choice(EN_SUFFIXES)}"
    attrs = {
        (a.zh if zh else a.en): rng.choice(a.zh_values if zh else a.en_values)
        for a in rng.sample(cat.attrs, rng.randint(2, len(cat.attrs)))
    }
    base = _charm_cents(rng, *cat.price)
    record: dict[str, Any] = {"type": "product", "id": pid, "title": title}
    second = rng.choice([p for p in (cat.zh_points if zh else cat.en_points) if p != point])
    record["description"] = (
        f"{brand}{noun}，{point}，{second}。{'、'.join(f'{k}{v}' for k, v in attrs.items())}。"
        if zh
        else f"The {brand} {noun}: {point}, {second}. "
        + "; ".join(f"{k}: {v}" for k, v in attrs.items())
        + "."
    )
    record["brand"] = brand
    record["category"] = cat.zh if zh else cat.en
    sku_prices: list[tuple[str, int]] = []
    skus: list[dict[str, Any]] = []
    sold_out = rng.random() < 0.05
    if rng.random() < 0.6:
        dim = cat.sku
        n = rng.randint(2, min(4, len(dim.zh_values)))
        for j, k in enumerate(sorted(rng.sample(range(len(dim.zh_values)), n))):
            cents = base + j * rng.choice((0, 0, 1000, 2000))
            sku_id = f"{pid}-s{j + 1}"
            value = dim.zh_values[k] if zh else dim.en_values[k]
            stock = 0 if sold_out else rng.choice((0, 5, 20, 50, 120, 300))
            skus.append(
                {
                    "id": sku_id,
                    "attributes": {dim.zh if zh else dim.en: value},
                    "price": _money(cents),
                    "stock": stock,
                }
            )
            sku_prices.append((sku_id, cents))
        price = min(c for _, c in sku_prices)
        stock_total = sum(s["stock"] for s in skus)
    else:
        price = base
        stock_total = 0 if sold_out else rng.choice((3, 10, 50, 200, 999, 5000))
    record["price"] = _money(price)
    if rng.random() < 0.7:
        record["original_price"] = _money(price + price * rng.choice((10, 20, 30, 50)) // 100)
    record["currency"] = "CNY"
    record["stock"] = stock_total
    if rng.random() < 0.03:
        record["status"] = "off_shelf"
    record["shop"] = f"{brand}{'官方旗舰店' if zh else ' Official Store'}"
    creator_index = rng.randrange(n_creators)
    if rng.random() < 0.9:
        record["creator_id"] = f"syn-c{creator_index:04d}"
    record["attributes"] = attrs
    if skus:
        record["skus"] = skus
    if rng.random() < 0.55:
        pool = (cat.zh_faqs + GENERIC_ZH_FAQS) if zh else (cat.en_faqs + GENERIC_EN_FAQS)
        record["faqs"] = [{"q": q, "a": a} for q, a in rng.sample(pool, rng.randint(1, 3))]
    record["images"] = [
        f"https://img.example.com/syn/{pid}/{k}.jpg" for k in range(1, rng.randint(2, 4))
    ]
    record["tags"] = rng.sample(cat.zh_points if zh else cat.en_points, 2)
    record["shipping"] = rng.choice(ZH_SHIPPING if zh else EN_SHIPPING)
    record["return_policy"] = cat.return_policy
    record["language"] = "zh-CN" if zh else "en"
    write(record)
    return _ProductInfo(
        pid, price, sku_prices, record.get("status") != "off_shelf", creator_index, noun, zh
    )


def _write_rooms(
    write: _Writer,
    rng: random.Random,
    now: datetime,
    n_creators: int,
    products: list[_ProductInfo],
    n_products: int,
) -> list[tuple[str, datetime, datetime]]:
    rooms = []
    for i in range(max(3, n_products // 200)):
        phase = i % 4  # 0,1 live now; 2 upcoming; 3 over
        hours = rng.choice(ROOM_DURATION_HOURS)
        if phase < 2:
            starts = now - timedelta(minutes=rng.randint(5, hours * 60 - 5))
        elif phase == 2:
            starts = now + timedelta(minutes=30 * rng.randint(1, 144))
        else:
            starts = now - timedelta(hours=hours + rng.randint(1, 240))
        ends = starts + timedelta(hours=hours)
        zh = i % 3 != 2
        cart = rng.sample(products, min(len(products), rng.randint(3, 20))) if products else []
        room_id = f"syn-room{i:05d}"
        write(
            {
                "type": "live_room",
                "id": room_id,
                "creator_id": f"syn-c{i % n_creators:04d}",
                "title": rng.choice(ZH_ROOM_TITLES if zh else EN_ROOM_TITLES),
                "starts_at": _iso(starts),
                "ends_at": _iso(ends),
                "product_ids": [p.id for p in cart],
            }
        )
        rooms.append((room_id, starts, ends))
    return rooms


def _write_videos(
    write: _Writer,
    rng: random.Random,
    now: datetime,
    n_creators: int,
    products: list[_ProductInfo],
    n_products: int,
) -> None:
    for i in range(max(2, n_products // 100)):
        linked = rng.sample(products, min(len(products), rng.randint(1, 3))) if products else []
        lead = linked[0] if linked else None
        zh = lead.zh if lead else True
        noun = lead.noun if lead else "好物"
        record: dict[str, Any] = {
            "type": "video",
            "id": f"syn-v{i:05d}",
            "creator_id": f"syn-c{(lead.creator_index if lead else i) % n_creators:04d}",
            "title": rng.choice(ZH_VIDEO_TITLES if zh else EN_VIDEO_TITLES).format(n=noun),
            "published_at": _iso(now - timedelta(minutes=rng.randint(10, 60 * 24 * 30))),
            "product_ids": [p.id for p in linked],
        }
        if rng.random() < 0.5:
            record["description"] = "链接在小黄车，今天下单有赠品。" if zh else "Link in the cart."
        record["tags"] = ["测评", "好物推荐"] if zh else ["review", "deals"]
        write(record)


def _write_flash_sales(
    write: _Writer,
    rng: random.Random,
    now: datetime,
    products: list[_ProductInfo],
    rooms: list[tuple[str, datetime, datetime]],
    n_products: int,
) -> None:
    if not products:
        return
    for i in range(max(2, n_products // 50)):
        product = rng.choice(products)
        phase = i % 3  # 0 running now; 1 upcoming; 2 over
        if phase == 0:
            starts = now - timedelta(minutes=rng.randint(1, 50))
        elif phase == 1:
            starts = now + timedelta(minutes=10 * rng.randint(1, 300))
        else:
            starts = now - timedelta(hours=rng.randint(2, 200))
        ends = starts + timedelta(minutes=rng.choice((30, 60, 120)))
        ceiling = product.price_cents
        record: dict[str, Any] = {"type": "flash_sale", "id": f"syn-fs{i:05d}"}
        record["product_id"] = product.id
        if product.sku_prices and rng.random() < 0.3:
            sku_id, sku_cents = rng.choice(product.sku_prices)
            record["sku_id"] = sku_id
            ceiling = min(ceiling, sku_cents)
        live = [r for r in rooms if r[1] <= starts < r[2]]
        if live and rng.random() < 0.6:
            record["live_room_id"] = rng.choice(live)[0]
        # 50-90% of the ceiling, ending in 0 or 9 cents as shops do, always strictly below it.
        cents = ceiling * rng.randint(50, 90) // 100
        cents = max(1, cents - cents % 10 - (1 if rng.random() < 0.3 and cents % 10 == 0 else 0))
        record["price"] = _money(min(cents, ceiling - 1))
        record["quantity"] = rng.choice((50, 100, 200, 500, 1000))
        record["per_user_limit"] = rng.choice((1, 1, 2, 5))
        record["starts_at"] = _iso(starts)
        record["ends_at"] = _iso(ends)
        write(record)
