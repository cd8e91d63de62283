#!/usr/bin/env python3
# ruff: noqa: UP031
"""Build the dev-qa2 product Q&A set: products.jsonl + qa.jsonl.

Standard library only, deterministic output.  Run from anywhere:

    python3 eval/dev-qa2/build.py

The shop ("栖木生活 / Qimu Living") and every question were written by hand for this set.
Before writing anything the script checks the catalog against the rules of
docs/catalog-format.md and every Q&A item against the rules of eval/README.md (expected
strings occur in the product's own data, unanswerable items carry no expected strings and
none of their listed "absent" terms occur in the product's data, tags are from the allowed
list).  It refuses to write on any problem.
"""

import json
import os
import re
import sys
from collections import Counter
from datetime import datetime
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ANCHOR = "2026-09-20T20:00:00+08:00"
SHOP = "栖木生活旗舰店"
SHOP_EN = "Qimu Living Official Store"
CREATOR = "c-qimu"
ROOM = "room-q2-0920"

# --------------------------------------------------------------------------- products

PRODUCTS = []


def product(
    pid,
    lang,
    title,
    category,
    price,
    attributes,
    *,
    original=None,
    skus=None,
    stock=None,
    faqs=None,
    description=None,
    brand=None,
    shipping=None,
    return_policy=None,
    tags=None,
):
    rec = {"type": "product", "id": pid, "title": title, "category": category, "price": price}
    if original is not None:
        rec["original_price"] = original
    rec["currency"] = "CNY"
    if skus:
        rec["stock"] = sum(s["stock"] for s in skus)
    else:
        rec["stock"] = stock
    rec["status"] = "on_sale"
    if description is not None:
        rec["description"] = description
    rec["brand"] = brand or ("栖木" if lang == "zh-CN" else "Qimu")
    rec["shop"] = SHOP if lang == "zh-CN" else SHOP_EN
    rec["creator_id"] = CREATOR
    rec["attributes"] = attributes
    if skus:
        rec["skus"] = skus
    if faqs:
        rec["faqs"] = [{"q": q, "a": a} for q, a in faqs]
    rec["images"] = [f"https://img.example.com/qimu/{pid}/1.jpg"]
    if tags:
        rec["tags"] = tags
    if shipping is not None:
        rec["shipping"] = shipping
    if return_policy is not None:
        rec["return_policy"] = return_policy
    rec["language"] = lang
    PRODUCTS.append(rec)
    return rec


def sku(sid, attrs, price, stock):
    return {"id": sid, "attributes": attrs, "price": price, "stock": stock}


ZH, EN = "zh-CN", "en"

# ---- Chinese listings (30) ----------------------------------------------------------

product(
    "q2-kettle",
    ZH,
    "【家用必备】304不锈钢电热水壶 1.7L大容量 快速烧水",
    "家用电器/厨房电器/电水壶",
    "129.00",
    {
        "容量": "1.7L",
        "功率": "1800W",
        "内胆材质": "304不锈钢",
        "外壳材质": "PP塑料",
        "额定电压": "220V",
        "防干烧": "是",
    },
    original="169.00",
    skus=[
        sku("white", {"颜色": "奶白色"}, "129.00", 40),
        sku("grey", {"颜色": "雾霾灰"}, "129.00", 0),
    ],
    faqs=[
        ("水开了会自动断电吗", "会的，水开后自动断电，另有防干烧保护。"),
        ("烧一壶水要多久", "满壶1.7L大约6分钟烧开。"),
    ],
    description="壶嘴内置不锈钢过滤网，可拦截水垢。底座支持360°旋转，左右手都方便。电源线长度约75cm。",
    shipping="顺丰包邮，付款后24小时内发货",
    return_policy="7day_no_reason",
    tags=["厨房", "烧水壶"],
)

product(
    "q2-airfryer",
    ZH,
    "空气炸锅 5L大容量 家用无油 可视窗 智能触屏",
    "家用电器/厨房电器/空气炸锅",
    "299.00",
    {
        "容量": "5L",
        "功率": "1350W",
        "温度范围": "80-200℃",
        "定时范围": "0-60分钟",
        "炸篮涂层": "陶瓷釉不粘涂层",
        "控制方式": "触屏",
    },
    original="399.00",
    stock=25,
    faqs=[
        ("一次能做多少鸡翅", "5L炸篮一次可放8-10个鸡中翅。"),
        ("需要预热吗", "建议预热3分钟，效果更好。"),
    ],
    description="带可视窗，烹饪过程不用开锅就能看到。炸篮和接油盘可以放进洗碗机清洗。",
    shipping="全国包邮，48小时内发货",
    return_policy="7day_no_reason",
    tags=["厨房", "直播爆款"],
)

product(
    "q2-hairdryer",
    ZH,
    "高速吹风机 11万转 负离子护发 家用大风力",
    "个护电器/美发/吹风机",
    "399.00",
    {
        "功率": "1600W",
        "电机转速": "110000转/分钟",
        "机身重量": "320g",
        "风嘴": "2个磁吸风嘴（集风+扩散）",
        "温控": "3档温度+冷风",
    },
    original="499.00",
    skus=[
        sku("white", {"颜色": "月光白"}, "399.00", 12),
        sku("rose", {"颜色": "玫瑰金"}, "399.00", 0),
        sku("black", {"颜色": "曜石黑"}, "429.00", 8),
    ],
    faqs=[("带出国能用吗", "仅支持220V，不支持110V电压。")],
    description="负离子浓度每立方厘米2000万个。机身可折叠，附赠收纳袋。",
    shipping="48小时内发货，江浙沪次日达",
    return_policy="7day_no_reason",
)

product(
    "q2-yogamat",
    ZH,
    "TPE瑜伽垫 加宽加厚 防滑健身垫 初学者",
    "运动户外/健身/瑜伽垫",
    "59.00",
    {
        "材质": "TPE",
        "尺寸": "183×61cm",
        "重量": "约0.9kg（6mm款）",
        "适用场景": "瑜伽、普拉提、居家健身",
    },
    original="89.00",
    skus=[
        sku("purple-6", {"颜色": "香芋紫", "厚度": "6mm"}, "59.00", 25),
        sku("purple-8", {"颜色": "香芋紫", "厚度": "8mm"}, "69.00", 0),
        sku("green-6", {"颜色": "抹茶绿", "厚度": "6mm"}, "59.00", 18),
        sku("green-8", {"颜色": "抹茶绿", "厚度": "8mm"}, "69.00", 7),
    ],
    faqs=[("有味道吗", "TPE材质基本无异味，拆开后通风半天即可。")],
    description="双面纹理设计，附赠绑带和收纳网袋。",
    shipping="包邮，当天16点前下单当天发",
    return_policy="7day_no_reason",
)

product(
    "q2-dumbbell",
    ZH,
    "可调节哑铃 一秒调重 家用男士健身器材",
    "运动户外/健身/哑铃",
    "899.00",
    {
        "重量调节范围": "2.5-24kg（单只）",
        "调节档位": "15档",
        "材质": "钢材+尼龙外壳",
        "单只尺寸": "40×20×23cm",
    },
    original="1199.00",
    skus=[
        sku("single", {"规格": "单只"}, "899.00", 6),
        sku("pair", {"规格": "一对"}, "1698.00", 0),
    ],
    faqs=[("带底座吗", "每只哑铃都配一个收纳底座，调节时必须放在底座上。")],
    description="调重时转动两端旋钮，底座上有重量刻度。建议在地垫上使用，避免磕坏地板。",
    shipping="快递发货，3-5天送达",
    return_policy="7day_no_reason",
)

product(
    "q2-cushion",
    ZH,
    "轻薄气垫BB霜 遮瑕保湿 不易脱妆",
    "美妆/彩妆/气垫",
    "139.00",
    {
        "净含量": "15g",
        "防晒指数": "SPF35 PA+++",
        "保质期": "3年",
        "适用肤质": "干皮、混干皮",
        "妆效": "水光",
    },
    skus=[
        sku("c01", {"色号": "01象牙白"}, "139.00", 30),
        sku("c02", {"色号": "02自然色"}, "139.00", 0),
        sku("c03", {"色号": "03小麦色"}, "139.00", 11),
    ],
    faqs=[
        ("有替换装吗", "下单即送一个同色号替换芯。"),
        ("油皮可以用吗", "更适合干皮，油皮夏天可能会有些泛油。"),
    ],
    description="配亲肤菱形粉扑，气垫海绵采用网布结构，防止一次出粉过多。",
    shipping="48小时内发货",
    return_policy="no_return",
)

product(
    "q2-sunscreen",
    ZH,
    "清爽防晒霜 SPF50+ PA++++ 户外军训不油腻",
    "美妆/护肤/防晒",
    "89.00",
    {
        "防晒指数": "SPF50+ PA++++",
        "净含量": "50ml",
        "适用肤质": "油皮、混油皮",
        "防水防汗": "是，约80分钟",
        "质地": "乳液",
    },
    original="129.00",
    stock=60,
    faqs=[("需要卸妆吗", "建议用卸妆产品或洁面乳清洗两遍。")],
    description="配方不含酒精、不含香精，敏感肌也可尝试。每次使用约一元硬币大小的量。",
    shipping="包邮，48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-facemask",
    ZH,
    "玻尿酸补水面膜 10片装 熬夜急救",
    "美妆/护肤/面膜",
    "69.00",
    {
        "规格": "10片/盒",
        "单片精华液": "25ml",
        "主要成分": "玻尿酸、积雪草",
        "功效": "补水保湿",
        "保质期": "3年",
    },
    original="99.00",
    stock=80,
    faqs=[
        ("敏感肌能用吗", "可以，已通过敏感肌人体斑贴测试。"),
        ("多久敷一次", "建议每周2-3次，每次15-20分钟。"),
    ],
    description="面膜布为天丝材质，贴合不易掉。",
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-jerky",
    ZH,
    "内蒙古风干牛肉干 手撕 办公室零食",
    "食品/零食/肉干",
    "59.00",
    {
        "产地": "内蒙古锡林郭勒",
        "保质期": "180天",
        "储存方式": "阴凉干燥处，开封后尽快食用",
        "配料": "牛肉、食用盐、白砂糖、香辛料（麻辣味另含辣椒）",
    },
    original="79.00",
    skus=[
        sku("spicy-250", {"口味": "麻辣", "净含量": "250g"}, "59.00", 50),
        sku("spicy-500", {"口味": "麻辣", "净含量": "500g"}, "109.00", 0),
        sku("five-250", {"口味": "五香", "净含量": "250g"}, "59.00", 30),
        sku("five-500", {"口味": "五香", "净含量": "500g"}, "109.00", 12),
    ],
    faqs=[("辣不辣", "麻辣味是中辣，怕辣建议选五香味。")],
    description="每100g含蛋白质45g。采用独立小包装，每包约15g。",
    shipping="包邮（新疆、西藏除外），72小时内发货",
)

product(
    "q2-nuts",
    ZH,
    "每日坚果 30袋礼盒装 混合果仁 孕妇零食",
    "食品/零食/坚果",
    "129.00",
    {"规格": "30袋/盒", "每袋净含量": "25g", "保质期": "240天", "储存条件": "常温避光"},
    original="169.00",
    stock=45,
    faqs=[
        ("加糖了吗", "无额外添加糖，甜味来自果干本身。"),
        ("孕妇能吃吗", "可以，适量食用即可，每天一袋。"),
    ],
    description="每袋6种搭配：腰果、巴旦木、榛子、核桃仁、蔓越莓干、蓝莓干。独立充氮包装，保持酥脆。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-tea",
    ZH,
    "2026年明前特级龙井 西湖产区 绿茶",
    "食品/茶饮/绿茶",
    "268.00",
    {
        "产地": "浙江杭州西湖区",
        "等级": "特级",
        "采摘时间": "2026年清明前",
        "保质期": "18个月",
        "储存方式": "密封冷藏",
    },
    original="368.00",
    skus=[
        sku("can", {"包装": "罐装", "净含量": "125g"}, "268.00", 20),
        sku("gift", {"包装": "礼盒装", "净含量": "250g（2罐）"}, "518.00", 6),
    ],
    faqs=[("怎么泡好喝", "80℃左右的水冲泡，每次投茶约3克，玻璃杯最佳。")],
    description="礼盒装附赠手提袋，适合送长辈。",
    shipping="顺丰包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-blocks",
    ZH,
    "城堡积木 1200颗粒 拼装益智玩具 男孩女孩礼物",
    "玩具/积木/拼插积木",
    "199.00",
    {
        "颗粒数": "1200粒",
        "适用年龄": "6岁以上",
        "材质": "ABS塑料",
        "成品尺寸": "38×25×20cm",
        "包装": "分袋编号包装",
    },
    original="299.00",
    stock=35,
    faqs=[("能和乐高兼容吗", "颗粒尺寸兼容主流品牌积木，但不是乐高官方产品。")],
    description="附纸质说明书，没有电子版说明书。城堡内置一个LED灯砖，需要2颗纽扣电池（已包含）。",
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-rccar",
    ZH,
    "遥控越野车 四驱攀爬 高速漂移 儿童玩具车",
    "玩具/遥控玩具/遥控车",
    "159.00",
    {
        "续航": "约25分钟",
        "充电时间": "约90分钟",
        "最高速度": "20km/h",
        "遥控距离": "80米",
        "适用年龄": "8岁以上",
        "车身材质": "ABS+合金底盘",
    },
    original="229.00",
    skus=[
        sku("red", {"颜色": "烈焰红"}, "159.00", 14),
        sku("blue", {"颜色": "冰川蓝"}, "159.00", 0),
    ],
    faqs=[("送电池吗", "车身锂电池已包含，遥控器需要2节AA电池（不含）。")],
    description="轮胎为橡胶材质，抓地力强，可以在草地和沙地上跑，不能下水。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-plush",
    ZH,
    "大号毛绒熊 抱枕公仔 生日礼物",
    "玩具/毛绒玩具/公仔",
    "59.00",
    {"填充物": "PP棉", "面料": "短毛绒", "适用年龄": "3岁以上", "洗涤方式": "可机洗，水温30℃以下"},
    skus=[
        sku("s40", {"尺寸": "40cm"}, "59.00", 40),
        sku("s60", {"尺寸": "60cm"}, "89.00", 22),
        sku("s80", {"尺寸": "80cm"}, "139.00", 0),
    ],
    faqs=[("会掉毛吗", "短毛绒工艺，正常使用基本不掉毛。")],
    description="眼睛是绣上去的，没有塑料小零件，小宝宝啃咬也放心。",
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-phonecase",
    ZH,
    "液态硅胶手机壳 适用iPhone 16系列 MagSafe磁吸",
    "数码配件/手机配件/手机壳",
    "49.00",
    {"材质": "液态硅胶+超细纤维内衬", "磁吸": "支持MagSafe", "镜头保护": "镜头边框加高1.2mm"},
    skus=[
        sku("i16", {"适用机型": "iPhone 16", "颜色": "午夜黑"}, "49.00", 30),
        sku("i16pro", {"适用机型": "iPhone 16 Pro", "颜色": "午夜黑"}, "49.00", 25),
        sku("i16promax", {"适用机型": "iPhone 16 Pro Max", "颜色": "午夜黑"}, "55.00", 0),
    ],
    faqs=[("会发黄吗", "液态硅胶材质不会像透明壳那样发黄。")],
    description="按键为独立按键设计，手感清脆。",
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-powerbank",
    ZH,
    "10000mAh充电宝 22.5W快充 轻薄便携",
    "数码配件/充电/移动电源",
    "99.00",
    {
        "电池容量": "10000mAh",
        "最大输出功率": "22.5W",
        "重量": "约210g",
        "接口": "USB-C×1，USB-A×1",
        "尺寸": "105×68×16mm",
    },
    original="139.00",
    stock=70,
    faqs=[("能带上飞机吗", "可以，10000mAh符合民航随身携带规定。")],
    description="支持边充边放。电量显示为4格LED指示灯。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-earbuds",
    ZH,
    "主动降噪蓝牙耳机 入耳式 超长续航",
    "数码配件/耳机/蓝牙耳机",
    "199.00",
    {
        "降噪": "主动降噪ANC，最高-42dB",
        "蓝牙版本": "5.3",
        "单次续航": "6小时（关闭降噪）",
        "总续航": "30小时（含充电盒）",
        "防水等级": "IPX4",
        "单耳重量": "4.5g",
    },
    original="299.00",
    skus=[
        sku("white", {"颜色": "云朵白"}, "199.00", 33),
        sku("black", {"颜色": "石墨黑"}, "199.00", 19),
    ],
    faqs=[("安卓能用吗", "安卓和iPhone都能用，App仅支持安卓8.0以上和iOS 14以上。")],
    description="充电盒支持Type-C有线充电，不支持无线充电。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-catfood",
    ZH,
    "无谷鸡肉三文鱼全价猫粮 全阶段通用 高蛋白",
    "宠物用品/猫主粮/猫粮",
    "89.00",
    {
        "适用阶段": "全阶段",
        "粗蛋白": "≥40%",
        "主要原料": "鸡肉、三文鱼",
        "保质期": "18个月",
        "颗粒直径": "约8mm",
    },
    skus=[
        sku("kg1.5", {"净含量": "1.5kg"}, "89.00", 50),
        sku("kg5", {"净含量": "5kg"}, "239.00", 0),
        sku("kg10", {"净含量": "10kg"}, "419.00", 8),
    ],
    faqs=[("小奶猫能吃吗", "2月龄以上的幼猫可以吃，建议泡软后喂食。")],
    description="无谷配方，不添加玉米和小麦。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-catlitter",
    ZH,
    "豆腐猫砂 可冲厕所 低粉尘 10kg装",
    "宠物用品/猫砂/豆腐砂",
    "69.00",
    {
        "净含量": "2.5kg×4包",
        "主要成分": "豆腐渣纤维、玉米淀粉",
        "颗粒": "2mm细颗粒",
        "粉尘": "99.9%无尘",
    },
    skus=[
        sku("original", {"香型": "原味"}, "69.00", 40),
        sku("greentea", {"香型": "绿茶"}, "69.00", 0),
        sku("peach", {"香型": "水蜜桃"}, "75.00", 15),
    ],
    faqs=[("能冲马桶吗", "可以，但请少量多次冲，每次不超过一把。")],
    description="结团后可直接铲出，一包2.5kg一只猫大约能用2周。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-leash",
    ZH,
    "狗狗自动伸缩牵引绳 防爆冲 中小型犬",
    "宠物用品/出行/牵引绳",
    "45.00",
    {"绳材质": "尼龙编织带", "外壳材质": "ABS", "刹车方式": "一键刹车+锁定"},
    skus=[
        sku("m3", {"长度": "3m", "适用体重": "15kg以内"}, "45.00", 20),
        sku("m5", {"长度": "5m", "适用体重": "40kg以内"}, "59.00", 12),
    ],
    faqs=[("晚上遛狗看得见吗", "绳子带反光条，夜间有车灯照射时可见。")],
    description="手柄有防滑软胶包裹，附赠一个拾便袋盒。",
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-sofa",
    ZH,
    "懒人沙发豆袋 单人卧室 可躺可睡",
    "家具/客厅家具/懒人沙发",
    "399.00",
    {"尺寸": "90×90×100cm", "填充物": "EPP泡沫粒子", "面料": "科技布", "承重": "150kg"},
    original="599.00",
    skus=[
        sku("latte", {"颜色": "奶咖色"}, "399.00", 9),
        sku("oat", {"颜色": "燕麦白"}, "399.00", 0),
        sku("olive", {"颜色": "橄榄绿"}, "429.00", 4),
    ],
    faqs=[("时间久了会塌吗", "EPP粒子回弹好，塌陷后可以单独购买补充粒子。")],
    description="外套带拉链，可以拆下来机洗。",
    shipping="物流配送到楼下，不送货上楼",
    return_policy="7day_no_reason",
)

product(
    "q2-desk",
    ZH,
    "电动升降桌 站立办公 电脑桌 家用书桌",
    "家具/书房家具/升降桌",
    "1299.00",
    {
        "升降范围": "72-120cm",
        "承重": "80kg",
        "电机": "单电机",
        "升降速度": "25mm/s",
        "记忆档位": "3组",
    },
    original="1699.00",
    skus=[
        sku("walnut-120", {"桌面颜色": "胡桃木色", "尺寸": "120×60cm"}, "1299.00", 7),
        sku("white-120", {"桌面颜色": "暖白色", "尺寸": "120×60cm"}, "1299.00", 3),
        sku("walnut-140", {"桌面颜色": "胡桃木色", "尺寸": "140×70cm"}, "1499.00", 0),
    ],
    faqs=[("需要自己安装吗", "需要自行安装，附赠工具和安装视频，大约30分钟装好。")],
    description="桌腿横梁可以挂主机托架（需另购）。",
    shipping="物流发货，5-7天送达",
    return_policy="7day_no_reason",
)

product(
    "q2-bookshelf",
    ZH,
    "简易落地书架 5层 置物架 客厅书柜",
    "家具/书房家具/书架",
    "169.00",
    {
        "层数": "5层",
        "尺寸": "60×30×170cm",
        "每层承重": "15kg",
        "板材": "E1级颗粒板",
        "颜色": "原木色",
    },
    stock=18,
    faqs=[("需要靠墙固定吗", "建议使用附赠的防倾倒配件固定在墙上。")],
    description="层板高度不可调节，每层净高约30cm。",
    shipping="物流发货，5-7天送达",
    return_policy="7day_no_reason",
)

product(
    "q2-necklace",
    ZH,
    "S925银淡水珍珠项链 小众设计 锁骨链",
    "珠宝首饰/项链/珍珠项链",
    "229.00",
    {
        "链材质": "S925银镀铂金",
        "吊坠": "天然淡水珍珠",
        "珍珠直径": "7-8mm",
        "链长": "40cm+5cm延长链",
        "扣型": "龙虾扣",
    },
    original="329.00",
    stock=26,
    faqs=[
        ("会过敏吗", "S925银镀铂金，一般不易过敏，金属过敏严重者慎选。"),
        ("有证书吗", "附赠S925银检测证书。"),
    ],
    description="配丝绒礼盒和手提袋，可以直接送人。",
    shipping="顺丰包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-bracelet",
    ZH,
    "足金999转运珠手链 红绳编织 本命年",
    "珠宝首饰/手链/黄金手链",
    "699.00",
    {
        "转运珠材质": "足金999",
        "转运珠克重": "约0.8g",
        "编织绳": "红色蜡线手工编织",
        "手围": "14-18cm可调节",
    },
    skus=[
        sku("single", {"款式": "单珠"}, "699.00", 15),
        sku("double", {"款式": "双珠"}, "1299.00", 0),
    ],
    faqs=[("绳子能换吗", "绳子戴旧了可以联系客服免费换绳一次。")],
    description="可以戴着洗手，洗澡和游泳时建议摘下，避免红绳褪色。",
    shipping="顺丰保价包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-rice",
    ZH,
    "五常稻花香大米 5kg 东北大米",
    "食品/粮油/大米",
    "79.90",
    {
        "产地": "黑龙江五常",
        "品种": "稻花香2号",
        "净含量": "5kg",
        "保质期": "12个月",
        "储存方式": "阴凉干燥处",
    },
    original="99.00",
    stock=100,
    faqs=[("煮饭放多少水", "米和水比例约1:1.2。")],
    description="2025年秋收新米，真空包装，每袋附溯源码。",
    shipping="包邮，72小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-thermos",
    ZH,
    "316不锈钢保温杯 大容量 男女便携水杯",
    "家居日用/水具/保温杯",
    "89.00",
    {
        "内胆材质": "316不锈钢",
        "外壳材质": "304不锈钢",
        "保温时长": "12小时",
        "杯盖材质": "PP+食品级硅胶圈",
    },
    skus=[
        sku("w350", {"容量": "350ml", "颜色": "冰川白"}, "89.00", 18),
        sku("w500", {"容量": "500ml", "颜色": "冰川白"}, "99.00", 0),
        sku("b500", {"容量": "500ml", "颜色": "墨黑"}, "99.00", 22),
        sku("b750", {"容量": "750ml", "颜色": "墨黑"}, "119.00", 10),
    ],
    faqs=[
        ("能装碳酸饮料吗", "不建议装碳酸饮料和牛奶，容易产生气压或变质。"),
        ("能放冰块保冷吗", "可以，保冷时长约24小时。"),
    ],
    description="杯底有防滑硅胶垫，一键弹盖单手就能打开。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-robotvac",
    ZH,
    "扫拖一体扫地机器人 6000Pa大吸力 自动回充",
    "家用电器/清洁电器/扫地机器人",
    "1999.00",
    {
        "吸力": "6000Pa",
        "续航": "180分钟",
        "尘盒容量": "400ml",
        "水箱容量": "250ml",
        "运行噪音": "65dB",
        "导航方式": "激光导航LDS",
    },
    original="2599.00",
    stock=12,
    faqs=[("能自动回去充电吗", "电量低于15%会自动回充，充满后回到断点继续清扫。")],
    description="越障高度2cm，门槛超过2cm的房间需要手动搬过去。机身高度9.5cm。",
    shipping="顺丰包邮，48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "q2-humidifier",
    ZH,
    "大雾量加湿器 4L 卧室静音 上加水",
    "家用电器/生活电器/加湿器",
    "199.00",
    {
        "水箱容量": "4L",
        "功率": "25W",
        "加湿量": "300ml/h",
        "运行噪音": "≤35dB",
        "加水方式": "上加水",
    },
    original="259.00",
    stock=30,
    faqs=[("能加精油吗", "可以，请把精油滴在香薰盒里，不要直接倒进水箱。")],
    description="缺水自动断电。附赠一根清洁刷。",
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "q2-jumprope",
    ZH,
    "智能计数跳绳 有绳无绳两用 健身 中考",
    "运动户外/健身/跳绳",
    "39.00",
    {
        "计数方式": "电子计数（LCD屏）",
        "绳长": "3m，可调节",
        "手柄材质": "PP+防滑硅胶",
        "电池": "CR2032纽扣电池×1（已装）",
        "绳芯": "钢丝绳芯+PVC包胶",
    },
    skus=[
        sku("rope", {"款式": "有绳款"}, "39.00", 60),
        sku("dual", {"款式": "有绳+无绳两用款"}, "49.00", 0),
    ],
    faqs=[("能连手机吗", "不能连接App，数据只在手柄屏幕显示。")],
    description="两用款配有两颗负重球，无绳模式适合在室内跳。",
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

# ---- English listings (20) ----------------------------------------------------------

product(
    "q2-en-trailshoe",
    EN,
    "Trailblaze Men's Trail Running Shoes, Vibram Outsole",
    "Sports/Footwear/Trail Running",
    "699.00",
    {
        "Upper": "Engineered mesh",
        "Outsole": "Vibram Megagrip",
        "Drop": "6 mm",
        "Weight": "285 g (one shoe, EU 42)",
        "Waterproof": "No",
    },
    original="899.00",
    brand="Ridgeline",
    skus=[
        sku("eu40", {"Size": "EU 40"}, "699.00", 4),
        sku("eu41", {"Size": "EU 41"}, "699.00", 0),
        sku("eu42", {"Size": "EU 42"}, "699.00", 9),
        sku("eu43", {"Size": "EU 43"}, "699.00", 6),
        sku("eu44", {"Size": "EU 44"}, "699.00", 0),
    ],
    faqs=[
        (
            "Are they good for road running?",
            "They work on roads, but the lugs wear faster on asphalt.",
        )
    ],
    description="Fit note: runs about half a size small, so order half a size up if you are "
    "between sizes. Rock plate in the forefoot.",
    shipping="Ships within 48 hours, free shipping",
    return_policy="7day_no_reason",
)

product(
    "q2-en-watch",
    EN,
    "Pulse S2 Smartwatch, 1.43-inch AMOLED, 14-Day Battery",
    "Electronics/Wearables/Smartwatches",
    "899.00",
    {
        "Display": "1.43-inch AMOLED, 466 × 466",
        "Case material": "Aluminium alloy",
        "Case size": "46 mm",
        "Battery life": "Up to 14 days (typical use)",
        "Water resistance": "5 ATM",
        "GPS": "Built-in dual-band GPS",
        "Weight": "36 g (without strap)",
    },
    brand="Pulse",
    skus=[
        sku("black", {"Colour": "Midnight Black"}, "899.00", 15),
        sku("silver", {"Colour": "Glacier Silver"}, "899.00", 0),
        sku("green", {"Colour": "Forest Green"}, "949.00", 6),
    ],
    faqs=[
        (
            "Does it work with iPhone?",
            "Yes, it pairs with iPhone (iOS 15+) and Android (8.0+) through the Pulse app.",
        )
    ],
    description="Quick-release 22 mm lugs, so any standard 22 mm strap fits. Notifications can "
    "be read on the watch, but quick replies only work with Android phones.",
    shipping="Ships within 48 hours, free shipping",
    return_policy="7day_no_reason",
)

product(
    "q2-en-sunglasses",
    EN,
    "Polarized Sunglasses, TR90 Frame, UV400",
    "Fashion/Eyewear/Sunglasses",
    "159.00",
    {
        "Lens": "Polarized TAC, UV400",
        "Frame material": "TR90",
        "Lens width": "58 mm",
        "Bridge": "16 mm",
        "Temple length": "145 mm",
        "Weight": "22 g",
    },
    skus=[
        sku("black-grey", {"Frame": "Matte black", "Lens colour": "Grey"}, "159.00", 20),
        sku("tortoise-brown", {"Frame": "Tortoiseshell", "Lens colour": "Brown"}, "159.00", 0),
        sku("clear-blue", {"Frame": "Crystal clear", "Lens colour": "Blue mirror"}, "179.00", 8),
    ],
    faqs=[
        (
            "Can I drive with them?",
            "Yes, category 3 lenses are suitable for driving in daylight, but not at night.",
        )
    ],
    description="Comes with a hard zip case and a microfibre cleaning cloth. Spring hinges.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-shaver",
    EN,
    "RotoGlide 3-Head Electric Shaver, Wet & Dry",
    "Personal Care/Men's Grooming/Electric Shavers",
    "329.00",
    {
        "Shaving heads": "3 rotary floating heads",
        "Blades": "Self-sharpening stainless steel",
        "Battery life": "60 min",
        "Charging time": "1 hour",
        "Charging port": "USB-C",
        "Waterproof": "IPX7, wet & dry use",
    },
    original="429.00",
    stock=40,
    brand="RotoGlide",
    faqs=[
        (
            "Can I buy replacement heads?",
            "Yes, replacement head set RH-30 is sold separately in our shop; replace every 12 months.",
        )
    ],
    description="Pop-up trimmer on the back for sideburns. Travel lock: hold the power button "
    "for 3 seconds.",
    shipping="Ships within 48 hours, free shipping",
    return_policy="7day_no_reason",
)

product(
    "q2-en-blender",
    EN,
    "Portable Blender 380 ml, USB-C Rechargeable",
    "Home Appliances/Kitchen/Blenders",
    "119.00",
    {
        "Capacity": "380 ml",
        "Battery capacity": "2000 mAh",
        "Charging": "USB-C, about 3 hours to full",
        "Blades": "6 stainless steel blades",
        "Jar material": "Tritan, BPA-free",
    },
    skus=[
        sku("pink", {"Colour": "Blush Pink"}, "119.00", 25),
        sku("white", {"Colour": "Cloud White"}, "119.00", 0),
        sku("mint", {"Colour": "Mint"}, "119.00", 13),
    ],
    faqs=[
        (
            "Can it crush ice?",
            "Small ice cubes with liquid are fine; it is not made for crushing ice on its own.",
        )
    ],
    description="Safety switch: the blades only spin when the jar is locked on the base. The jar "
    "doubles as a drinking bottle with a carry loop.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-backpack",
    EN,
    "Summit 30L Hiking Backpack with Rain Cover",
    "Sports/Outdoor/Backpacks",
    "329.00",
    {
        "Capacity": "30 L",
        "Weight": "1.1 kg",
        "Fabric": "210D ripstop nylon",
        "Torso fit": "40–50 cm",
        "Hydration": "Fits a 2 L hydration bladder (not included)",
    },
    original="459.00",
    brand="Summit",
    skus=[
        sku("olive", {"Colour": "Olive"}, "329.00", 11),
        sku("navy", {"Colour": "Navy"}, "329.00", 0),
        sku("black", {"Colour": "Black"}, "329.00", 7),
    ],
    faqs=[("Does the laptop fit?", "There is a sleeve that fits up to a 15.6-inch laptop.")],
    description="The rain cover is stored in a zip pocket at the bottom of the pack. The hip belt "
    "has two zip pockets for a phone and snacks.",
    shipping="Ships within 48 hours, free shipping",
    return_policy="7day_no_reason",
)

product(
    "q2-en-tent",
    EN,
    "Breeze 2-Person Backpacking Tent, 3000 mm Waterproof",
    "Sports/Outdoor/Tents",
    "599.00",
    {
        "Capacity": "2 persons",
        "Packed weight": "2.3 kg",
        "Floor dimensions": "210 × 140 cm",
        "Peak height": "110 cm",
        "Waterproof rating": "3000 mm (fly), 5000 mm (floor)",
        "Poles": "7001 aluminium",
        "Season": "3-season",
    },
    stock=14,
    brand="Breeze",
    faqs=[
        ("How long does setup take?", "About 5 minutes for one person once you have done it once.")
    ],
    description="Two doors and two vestibules. Footprint not included.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-serum",
    EN,
    "Glow 15% Vitamin C Serum, 30 ml",
    "Beauty/Skincare/Serums",
    "179.00",
    {
        "Volume": "30 ml",
        "Key ingredients": "15% L-ascorbic acid, vitamin E, ferulic acid",
        "Skin type": "Normal, combination, oily",
        "Shelf life": "24 months unopened",
        "After opening": "Use within 6 months",
    },
    original="239.00",
    stock=50,
    brand="Glow",
    faqs=[
        (
            "Can I use it with retinol?",
            "Yes: vitamin C in the morning, retinol at night, not at the same time.",
        )
    ],
    description="Store in a cool place away from sunlight; the serum may turn slightly darker "
    "over time, which is normal. Dropper bottle made of amber glass.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-lipbalm",
    EN,
    "Honey Lip Balm Trio, 3 x 4.5 g",
    "Beauty/Lip Care/Lip Balm",
    "49.00",
    {
        "Contents": "3 sticks × 4.5 g",
        "Flavours": "Honey, Peach, Mint",
        "Key ingredients": "Beeswax, shea butter",
        "Shelf life": "36 months",
    },
    original="69.00",
    stock=120,
    faqs=[("Is it tinted?", "No, all three are clear with no colour.")],
    description="Each stick lasts about 2 months with daily use.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-chocolate",
    EN,
    "Ecuador 70% Dark Chocolate Bar, 100 g",
    "Food/Snacks/Chocolate",
    "25.00",
    {
        "Cocoa content": "70%",
        "Net weight": "100 g (per bar)",
        "Origin of cocoa": "Ecuador",
        "Ingredients": "Cocoa mass, cane sugar, cocoa butter",
        "Shelf life": "12 months",
    },
    skus=[
        sku("bar1", {"Pack": "1 bar"}, "25.00", 80),
        sku("bar5", {"Pack": "5 bars"}, "118.00", 20),
        sku("bar10", {"Pack": "Box of 10 bars"}, "219.00", 0),
    ],
    faqs=[
        (
            "Will it melt in delivery?",
            "From May to October we ship with an ice pack and an insulated bag.",
        )
    ],
    description="Produced in a facility that also handles milk and hazelnuts.",
    shipping="Ships within 72 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-granola",
    EN,
    "Crunchy Maple Granola 500 g",
    "Food/Breakfast/Granola",
    "45.00",
    {
        "Net weight": "500 g",
        "Main ingredients": "Rolled oats, maple syrup, almonds, pumpkin seeds",
        "Protein": "12 g per 100 g",
        "Shelf life": "9 months",
    },
    stock=0,
    faqs=[("Is it sweet?", "Lightly sweet, sweetened only with maple syrup.")],
    description="Restock expected in early October.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-puzzle",
    EN,
    "3D Wooden Puzzle Music Box Carousel, 168 Pieces",
    "Toys/Puzzles/3D Wooden Puzzles",
    "129.00",
    {
        "Pieces": "168",
        "Age": "14+",
        "Material": "Basswood plywood",
        "Assembled size": "25 × 18 × 15 cm",
        "Glue needed": "No, pieces slot together",
    },
    stock=33,
    faqs=[
        (
            "Does the music box play a song?",
            "Yes, it plays 'Castle in the Sky'; wind the key on the bottom.",
        )
    ],
    description="Build time is about 3 hours. Laser-cut boards, pieces press out by hand, "
    "sandpaper included.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-drone",
    EN,
    "SkyPup Mini Drone for Kids, 720p Camera, 2 Batteries",
    "Toys/RC Toys/Drones",
    "269.00",
    {
        "Flight time": "8 minutes per battery",
        "Batteries included": "2",
        "Control range": "50 m",
        "Camera": "720p HD",
        "Age": "14+",
        "Weight": "85 g",
    },
    original="349.00",
    brand="SkyPup",
    skus=[
        sku("grey", {"Colour": "Space Grey"}, "269.00", 16),
        sku("orange", {"Colour": "Sunset Orange"}, "269.00", 0),
    ],
    faqs=[
        (
            "Does it need registration?",
            "It weighs 85 g, under the 250 g threshold in China, so no real-name registration is needed.",
        )
    ],
    description="One-key take-off and landing, altitude hold. Propeller guards are pre-installed; "
    "4 spare propellers in the box.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-cable",
    EN,
    "Braided USB-C to USB-C Cable, 100 W Fast Charging",
    "Electronics/Accessories/Cables",
    "29.00",
    {
        "Max power": "100 W (20 V / 5 A)",
        "Data transfer": "USB 2.0, 480 Mbps",
        "Jacket": "Braided nylon",
        "Connectors": "Aluminium shell",
        "Bend lifespan": "20,000+ bends",
    },
    skus=[
        sku("m1", {"Length": "1 m"}, "29.00", 60),
        sku("m2", {"Length": "2 m"}, "39.00", 0),
        sku("m3", {"Length": "3 m"}, "49.00", 15),
    ],
    faqs=[
        (
            "Can it charge a MacBook?",
            "Yes, up to 100 W, enough for a MacBook Pro 16-inch at full speed.",
        )
    ],
    description="E-marker chip inside. Velcro cable tie included.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-keyboard",
    EN,
    "K75 Wireless Mechanical Keyboard, Hot-Swappable, 75% Layout",
    "Electronics/Computer Accessories/Keyboards",
    "459.00",
    {
        "Layout": "75% (84 keys)",
        "Connectivity": "Bluetooth 5.1, 2.4 GHz dongle, USB-C wired",
        "Battery": "4000 mAh",
        "Keycaps": "PBT double-shot",
        "Hot-swap": "Yes, 3-pin and 5-pin switches",
        "Backlight": "White LED",
    },
    original="559.00",
    skus=[
        sku("red", {"Switch": "Linear Red"}, "459.00", 10),
        sku("brown", {"Switch": "Tactile Brown"}, "459.00", 0),
        sku("silent", {"Switch": "Silent Pink"}, "479.00", 5),
    ],
    faqs=[
        (
            "Does it work with Mac?",
            "Yes, switch to Mac mode with Fn + M; the keycaps include Mac keys.",
        )
    ],
    description="The 2.4 GHz dongle is stored in a slot under the keyboard.",
    shipping="Ships within 48 hours, free shipping",
    return_policy="7day_no_reason",
)

product(
    "q2-en-dogbed",
    EN,
    "Orthopedic Memory Foam Dog Bed with Washable Cover",
    "Pet Supplies/Dogs/Beds",
    "199.00",
    {
        "Fill": "8 cm memory foam",
        "Cover": "Removable, machine washable at 30°C",
        "Bottom": "Non-slip dotted base",
        "Water-resistant liner": "Yes",
    },
    skus=[
        sku(
            "m",
            {"Size": "M", "Dimensions": "76 × 56 cm", "Dog weight": "up to 15 kg"},
            "199.00",
            12,
        ),
        sku(
            "l", {"Size": "L", "Dimensions": "91 × 68 cm", "Dog weight": "up to 30 kg"}, "269.00", 6
        ),
        sku(
            "xl",
            {"Size": "XL", "Dimensions": "110 × 80 cm", "Dog weight": "up to 45 kg"},
            "349.00",
            0,
        ),
    ],
    faqs=[
        (
            "Is it chew-proof?",
            "No, it is not chew-proof; not recommended for dogs that chew their bedding.",
        )
    ],
    description="Comes vacuum-packed; let the foam expand for 24 hours before use.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-fountain",
    EN,
    "Quiet Cat Water Fountain 2.5 L with Filter",
    "Pet Supplies/Cats/Water Fountains",
    "139.00",
    {
        "Capacity": "2.5 L",
        "Pump noise": "Below 30 dB",
        "Power": "5 V USB, 1.5 W",
        "Filter": "Activated carbon + ion-exchange resin",
        "Filter replacement": "Every 2–4 weeks",
    },
    stock=28,
    faqs=[
        (
            "Does it come with spare filters?",
            "One filter is installed, plus 2 spare filters in the box.",
        )
    ],
    description="Low-water indicator light turns red and the pump stops automatically when the "
    "water runs low. Dishwasher-safe top tray (top rack only).",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-chair",
    EN,
    "ErgoFlex Mesh Office Chair with Lumbar Support",
    "Furniture/Office/Chairs",
    "899.00",
    {
        "Max load": "136 kg",
        "Seat height": "46–56 cm",
        "Armrests": "3D adjustable",
        "Backrest": "Breathable mesh",
        "Lumbar support": "Adjustable height",
        "Chair weight": "17 kg",
        "Base": "Nylon five-star base",
    },
    original="1299.00",
    brand="ErgoFlex",
    skus=[
        sku("black", {"Colour": "Black"}, "899.00", 20),
        sku("grey", {"Colour": "Grey"}, "899.00", 0),
    ],
    faqs=[
        ("Does it recline?", "Yes, the backrest tilts from 90° to 135° and locks in 4 positions.")
    ],
    description="Headrest is not included (sold separately as an add-on). Casters are PU and "
    "safe for wooden floors.",
    shipping="Ships in 3–5 days by freight; assembly required, tools included",
    return_policy="30-day returns for unused items in original packaging",
)

product(
    "q2-en-ring",
    EN,
    "Sterling Silver Solitaire Ring, 18K Gold Plated",
    "Jewellery/Rings/Fashion Rings",
    "189.00",
    {
        "Material": "925 sterling silver",
        "Plating": "18K gold plating",
        "Stone": "5 mm cubic zirconia",
        "Band width": "2 mm",
    },
    skus=[
        sku("us6", {"Size": "US 6"}, "189.00", 9),
        sku("us7", {"Size": "US 7"}, "189.00", 0),
        sku("us8", {"Size": "US 8"}, "189.00", 5),
    ],
    faqs=[
        (
            "Will the plating fade?",
            "With normal wear the plating lasts about 6–12 months; avoid perfume and swimming pools.",
        )
    ],
    description="Comes in a velvet ring box. Free resizing is not available.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "q2-en-earrings",
    EN,
    "Freshwater Pearl Stud Earrings, S925 Posts",
    "Jewellery/Earrings/Studs",
    "159.00",
    {
        "Pearl": "Freshwater cultured pearl, 8–9 mm",
        "Pearl grade": "AAA luster",
        "Post": "S925 silver",
        "Hypoallergenic": "Nickel-free",
    },
    stock=40,
    faqs=[
        (
            "Are the pearls real?",
            "Yes, they are real freshwater cultured pearls, not shell or plastic.",
        )
    ],
    description="Each pearl is slightly different in shape because they are natural.",
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

# ---- creator, live room, flash sales -------------------------------------------------

CREATOR_REC = {
    "type": "creator",
    "id": CREATOR,
    "name": "栖木生活",
    "platform": "douyin",
    "handle": "qimu_living",
    "bio": "家居好物、运动户外和小零食，每晚8点直播",
    "followers": 486000,
}

ROOM_REC = {
    "type": "live_room",
    "id": ROOM,
    "creator_id": CREATOR,
    "title": "栖木秋季好物专场",
    "starts_at": "2026-09-20T19:30:00+08:00",
    "ends_at": "2026-09-20T23:00:00+08:00",
    "product_ids": [
        "q2-airfryer",
        "q2-hairdryer",
        "q2-en-keyboard",
        "q2-en-lipbalm",
        "q2-humidifier",
        "q2-kettle",
    ],
}

FLASH = [
    # product-level, running at the anchor
    {
        "type": "flash_sale",
        "id": "fs-q2-airfryer",
        "product_id": "q2-airfryer",
        "live_room_id": ROOM,
        "price": "239.00",
        "quantity": 100,
        "per_user_limit": 1,
        "starts_at": "2026-09-20T19:30:00+08:00",
        "ends_at": "2026-09-20T22:00:00+08:00",
    },
    # SKU-level, running at the anchor
    {
        "type": "flash_sale",
        "id": "fs-q2-hairdryer-white",
        "product_id": "q2-hairdryer",
        "sku_id": "white",
        "live_room_id": ROOM,
        "price": "329.00",
        "quantity": 50,
        "per_user_limit": 2,
        "starts_at": "2026-09-20T20:00:00+08:00",
        "ends_at": "2026-09-20T21:00:00+08:00",
    },
    # product-level, running all day
    {
        "type": "flash_sale",
        "id": "fs-q2-lipbalm",
        "product_id": "q2-en-lipbalm",
        "price": "39.00",
        "quantity": 300,
        "per_user_limit": 3,
        "starts_at": "2026-09-20T00:00:00+08:00",
        "ends_at": "2026-09-21T00:00:00+08:00",
    },
    # SKU-level, running at the anchor
    {
        "type": "flash_sale",
        "id": "fs-q2-k75-red",
        "product_id": "q2-en-keyboard",
        "sku_id": "red",
        "live_room_id": ROOM,
        "price": "399.00",
        "quantity": 60,
        "per_user_limit": 1,
        "starts_at": "2026-09-20T18:00:00+08:00",
        "ends_at": "2026-09-21T00:00:00+08:00",
    },
    # upcoming (tomorrow)
    {
        "type": "flash_sale",
        "id": "fs-q2-humidifier",
        "product_id": "q2-humidifier",
        "price": "149.00",
        "quantity": 80,
        "per_user_limit": 1,
        "starts_at": "2026-09-21T20:00:00+08:00",
        "ends_at": "2026-09-21T22:00:00+08:00",
    },
    # ended yesterday
    {
        "type": "flash_sale",
        "id": "fs-q2-kettle",
        "product_id": "q2-kettle",
        "price": "99.00",
        "quantity": 100,
        "per_user_limit": 1,
        "starts_at": "2026-09-19T20:00:00+08:00",
        "ends_at": "2026-09-19T22:00:00+08:00",
    },
]

# --------------------------------------------------------------------------- Q&A items

QA = []


def A(pid, question, expected, tags, polarity=None):
    """An answerable item."""
    QA.append(
        dict(
            product_id=pid,
            question=question,
            answerable=True,
            expected=list(expected),
            polarity=polarity,
            tags=list(tags),
            absent=[],
        )
    )


def Y(pid, question, tags, expected=()):
    A(pid, question, expected, [*tags, "yesno"], polarity="yes")


def N(pid, question, tags, expected=()):
    A(pid, question, expected, [*tags, "yesno"], polarity="no")


def U(pid, question, tags, absent):
    """An unanswerable item; `absent` terms must not occur in the product's data."""
    QA.append(
        dict(
            product_id=pid,
            question=question,
            answerable=False,
            expected=[],
            polarity=None,
            tags=[*list(tags), "unanswerable"],
            absent=list(absent),
        )
    )


NM = ["near_miss"]

# q2-kettle
A("q2-kettle", "亲 这个壶能装多少水呀", ["1.7"], ["paraphrase"])
A("q2-kettle", "现在买多少钱？昨天不是有秒杀吗", ["129"], ["price"])
Y("q2-kettle", "is there a filter in the spout? hate limescale", ["description", "component"])
U("q2-kettle", "保修多久啊 坏了找谁", [*NM, "policy"], ["保修", "质保", "warranty", "保障"])
U(
    "q2-kettle",
    "how heavy is the kettle itself? its for my grandma",
    NM,
    ["重量", "净重", "kg", "斤"],
)
A("q2-kettle", "how long is the power cord", ["75"], ["description", "component"])
A("q2-kettle", "白色还剩几个呀", ["40"], ["sku"])

# q2-airfryer
A("q2-airfryer", "宝宝们问下现在秒杀价多少💰", ["239"], ["price"])
A("q2-airfryer", "how hot can it go", ["200"], ["paraphrase"])
U(
    "q2-airfryer",
    "what are the dimensions, my counter is only 40cm deep",
    NM,
    ["尺寸", "cm", "厘米", "高度"],
)
A("q2-airfryer", "how many chicken wings can i do at once?", ["8", "10"], ["faq"])

# q2-hairdryer
A("q2-hairdryer", "白色的现在多少钱", ["329"], ["sku", "price"])
N("q2-hairdryer", "can i use it in the US, 110V?", ["faq"])
A("q2-hairdryer", "黑色那款多少", ["429"], ["sku", "price"])

# q2-yogamat
N("q2-yogamat", "紫色8mm还有吗", ["sku"])
A("q2-yogamat", "抹茶绿8毫米的多少钱", ["69"], ["sku", "price"])
U("q2-yogamat", "能承重多少斤 我200斤能用吗", NM, ["承重", "载重", "load"])
U("q2-yogamat", "can i put it in the washing machine", NM, ["机洗", "洗衣机", "水洗", "wash"])
A("q2-yogamat", "how long is the mat", ["183"], ["paraphrase"])

# q2-dumbbell
A("q2-dumbbell", "最重能调到多少公斤", ["24"], ["paraphrase"])
U("q2-dumbbell", "握把是啥材质 出汗会滑吗", [*NM, "component"], ["握把", "手柄", "把手", "grip"])
A("q2-dumbbell", "price for a pair?", ["1698"], ["sku", "price"])

# q2-cushion
A("q2-cushion", "what shades do u have", ["01", "02", "03"], ["sku"])
N("q2-cushion", "拆开用了不喜欢可以无理由退吗", ["policy"])
U("q2-cushion", "开封以后能用多久", NM, ["开封", "开盖", "opened"])
U("q2-cushion", "孕妇能用吗", [], ["孕", "pregnan"])

# q2-sunscreen
N("q2-sunscreen", "含酒精吗 我酒精过敏🙏", ["description"])
U("q2-sunscreen", "保质期多久 开了能用到明年吗", NM, ["保质期", "shelf", "开封"])

# q2-facemask
A("q2-facemask", "面膜布是啥料子", ["天丝"], ["component", "description"])
U("q2-facemask", "生产日期是几月份的", NM, ["生产日期", "生产", "批次"])
A("q2-facemask", "每次敷多久拿下来", ["15", "20"], ["faq"])

# q2-jerky
A("q2-jerky", "五香大包装多少钱", ["109"], ["sku", "price", "paraphrase"])
A("q2-jerky", "how much protein is in it", ["45"], ["description"])
U("q2-jerky", "热量高吗 一包多少大卡", NM, ["热量", "卡", "kcal", "能量"])

# q2-nuts
Y("q2-nuts", "里面有核桃吗", ["description"])
U("q2-nuts", "花生过敏的能吃吗 工厂有没有加工花生", NM, ["花生", "过敏", "工厂", "交叉", "allerg"])

# q2-tea
A("q2-tea", "what water temp should i use", ["80"], ["faq"])
Y("q2-tea", "是今年的新茶吗", ["paraphrase"], ["2026"])
U("q2-tea", "能泡几泡", NM, ["几泡", "泡数", "耐泡"])
A("q2-tea", "how many grams in the gift box", ["250"], ["sku"])

# q2-blocks
N("q2-blocks", "灯要自己买电池吗", ["description", "component"])
U("q2-blocks", "多重 寄国外运费贵不贵", NM, ["重量", "kg", "净重", "毛重"])

# q2-rccar
A("q2-rccar", "充一次电能玩多久", ["25"], ["paraphrase"])
U("q2-rccar", "电池多少毫安", [*NM, "component"], ["mAh", "毫安"])
A("q2-rccar", "how far can the remote reach", ["80"], ["component"])

# q2-plush
N("q2-plush", "眼睛是塑料的吗 怕娃抠下来", ["description", "component"])
U("q2-plush", "has it passed 3C safety certification", [], ["3C", "认证", "certif", "CCC"])
A("q2-plush", "60的多少钱", ["89"], ["sku", "price"])

# q2-phonecase
A("q2-phonecase", "镜头那圈高出来多少", ["1.2"], ["component"])
U("q2-phonecase", "防摔吗 几米摔下来没事", NM, ["防摔", "跌落", "摔"])

# q2-powerbank
Y("q2-powerbank", "能带上飞机吗 下周出差", ["faq"])
U("q2-powerbank", "两个口能同时充两台手机吗", NM, ["同时", "两台", "simultaneous"])
U("q2-powerbank", "充电宝自己冲满要多久", NM, ["充满", "充电时间", "输入功率", "input"])

# q2-earbuds
U("q2-earbuds", "battery life with ANC turned on?", NM, ["开启降噪", "开降噪", "降噪开启"])
U("q2-earbuds", "耳机电池多少mAh", [*NM, "component"], ["mAh", "毫安"])
A("q2-earbuds", "蓝芽几点几的", ["5.3"], [])

# q2-catfood
N("q2-catfood", "有没有加玉米", ["description"])
U("q2-catfood", "脂肪含量多少", NM, ["脂肪", "fat"])
A("q2-catfood", "price of the 10kg bag?", ["419"], ["sku", "price"])

# q2-catlitter
Y("q2-catlitter", "能直接倒马桶冲掉吗", ["faq", "paraphrase"])

# q2-leash
A("q2-leash", "我家金毛30kg用哪个", ["5"], ["sku", "paraphrase"])
Y("q2-leash", "does it come with a poop bag holder", ["description"])
U("q2-leash", "绳子多宽", NM, ["宽", "粗", "mm"])

# q2-sofa
N("q2-sofa", "送货上楼吗 我住6楼没电梯", ["policy"])
U("q2-sofa", "沙发本身多重 好搬吗", NM, ["重量", "自重", "净重", "斤"])
A("q2-sofa", "绿色的多少钱", ["429"], ["sku", "price"])

# q2-desk
A("q2-desk", "最低能降到多少 我1米6", ["72"], ["paraphrase"])
U("q2-desk", "how thick is the desk top", [*NM, "component"], ["厚", "thick"])

# q2-bookshelf
N("q2-bookshelf", "隔板高度能调吗", ["description", "component"])

# q2-necklace
Y("q2-necklace", "珍珠是天然的吗", ["component"])
U("q2-necklace", "珍珠有鉴定证书吗", [*NM, "component"], ["珍珠证书", "珍珠鉴定", "鉴定证书"])

# q2-bracelet
A("q2-bracelet", "绳子是什么做的", ["蜡线"], ["component"])
U("q2-bracelet", "整条手链多重", NM, ["手链重量", "总重", "整条"])

# q2-rice
A("q2-rice", "是哪年的米", ["2025"], ["description"])
A("q2-rice", "多少钱一袋", ["79.9"], ["price"])
U("q2-rice", "有有机认证吗", [], ["有机", "organic", "认证"])

# q2-thermos
A("q2-thermos", "750多少钱", ["119"], ["sku", "price"])
U("q2-thermos", "杯子多重 装包里沉不沉", NM, ["重量", "克", "weight"])
A("q2-thermos", "内胆是304还是316", ["316"], ["component"])
A("q2-thermos", "how long does it keep drinks cold with ice", ["24"], ["faq", "paraphrase"])

# q2-robotvac
Y("q2-robotvac", "能过门槛吗 家里门槛1.5cm", ["description"], ["2"])
U("q2-robotvac", "有没有自动集尘 能自己倒垃圾吗", NM, ["集尘", "倒垃圾", "自清洁"])
A("q2-robotvac", "how loud is it", ["65"], ["paraphrase"])

# q2-humidifier
A("q2-humidifier", "现在多少钱", ["199"], ["price"])
A("q2-humidifier", "秒杀啥时候开始", ["21"], ["price"])
U(
    "q2-humidifier",
    "big enough for a 20 m2 bedroom?",
    NM,
    ["面积", "平方", "㎡", "平米", "m²", "m2", "square"],
)

# q2-jumprope
A("q2-jumprope", "what battery does it take", ["CR2032"], ["component"])
U("q2-jumprope", "负重球多重", [*NM, "component"], ["重量", "克", "g）"])

# q2-en-trailshoe
N("q2-en-trailshoe", "41码还有吗", ["sku"])
Y("q2-en-trailshoe", "shud i size up?", ["description"])
U("q2-en-trailshoe", "what's the stack height", NM, ["stack", "heel height", "midsole"])

# q2-en-watch
U(
    "q2-en-watch",
    "表带是什么材质的",
    [*NM, "component"],
    ["strap material", "silicone", "leather", "nylon", "fluoro", "rubber"],
)
U("q2-en-watch", "电池多少mAh", [*NM, "component"], ["mAh"])
A("q2-en-watch", "换表带要买多宽的", ["22"], ["component", "description"])

# q2-en-sunglasses
N("q2-en-sunglasses", "玳瑁色还有吗", ["sku"])
U("q2-en-sunglasses", "可以配近视镜片吗", [*NM, "component"], ["prescription", "Rx", "myopia"])
U("q2-en-sunglasses", "what's the lens height", [*NM, "component"], ["height"])
A("q2-en-sunglasses", "how much for the blue mirror ones", ["179"], ["sku", "price"])

# q2-en-shaver
Y("q2-en-shaver", "洗澡的时候能用吗", ["paraphrase"])
A("q2-en-shaver", "刀头能单独买吗 型号是啥", ["RH-30"], ["faq", "component"])
U("q2-en-shaver", "does it work on 110V", NM, ["110", "220", "volt", "V /"])
A("q2-en-shaver", "how often should i replace the heads", ["12"], ["faq", "component"])

# q2-en-blender
U(
    "q2-en-blender",
    "充满电能用多久 能打几杯",
    NM,
    ["blends", "minutes", "runtime", "cups", "uses per"],
)
A("q2-en-blender", "杯子什么材料的", ["Tritan"], ["component"])
Y("q2-en-blender", "can i drink straight from the jar", ["description", "component"])
U("q2-en-blender", "how many watts", NM, ["watt", " W,", " W "])

# q2-en-backpack
U("q2-en-backpack", "最多能背多重的东西", NM, ["max load", "load"])
N("q2-en-backpack", "能装16寸电脑吗", ["faq"], ["15.6"])

# q2-en-tent
A("q2-en-tent", "搭一次要多久", ["5"], ["faq"])
U("q2-en-tent", "能抗几级风", NM, ["wind", "gust"])
A("q2-en-tent", "what's the floor's waterproof rating", ["5000"], ["component"])

# q2-en-serum
A("q2-en-serum", "开封后多久要用完", ["6"], [])
U("q2-en-serum", "ok for sensitive skin??", NM, ["sensitive"])
Y("q2-en-serum", "颜色变深了还能用吗", ["description"])
A("q2-en-serum", "using retinol too, morning or night for this?", ["morning"], ["faq"])

# q2-en-lipbalm
A("q2-en-lipbalm", "现在秒杀多少钱", ["39"], ["price"])
N("q2-en-lipbalm", "do u have a strawberry one", [])
U("q2-en-lipbalm", "有防晒吗 SPF多少", [], ["SPF", "UV", "sun"])
A("q2-en-lipbalm", "how many can one person buy at the flash price", ["3"], ["price"])

# q2-en-chocolate
U(
    "q2-en-chocolate",
    "how much sugar is in one bar",
    NM,
    ["sugar content", "g sugar", "sugars", "per 100"],
)
A("q2-en-chocolate", "5块装多少钱", ["118"], ["sku", "price"])
Y("q2-en-chocolate", "现在下单发货带冰袋吗", ["faq"])
U("q2-en-chocolate", "what country is it made in", NM, ["made in", "manufactur"])

# q2-en-granola
N("q2-en-granola", "还有货吗", [])
A("q2-en-granola", "when will it be back in stock", ["October"], ["description"])
U("q2-en-granola", "gluten free?", NM, ["gluten"])

# q2-en-puzzle
N("q2-en-puzzle", "8岁小孩能玩吗", ["paraphrase"], ["14"])
A("q2-en-puzzle", "what tune does it play", ["Castle in the Sky"], ["faq", "component"])
U("q2-en-puzzle", "拼好多重", NM, ["weight", "gram"])

# q2-en-drone
U("q2-en-drone", "电池多少毫安的", [*NM, "component"], ["mAh"])
U(
    "q2-en-drone",
    "whats the max height it can fly",
    NM,
    ["altitude limit", "max altitude", "height", "ceiling"],
)
N("q2-en-drone", "orange in stock?", ["sku"])
A(
    "q2-en-drone",
    "how long does it stay in the air on one battery",
    ["8"],
    ["paraphrase", "component"],
)

# q2-en-cable
U("q2-en-cable", "能传4K视频到显示器吗", NM, ["video", "DisplayPort", "4K", "monitor"])
Y("q2-en-cable", "能给macbook充电吗", ["faq"])
A("q2-en-cable", "3米多少钱", ["49"], ["sku", "price"])

# q2-en-keyboard
U("q2-en-keyboard", "充一次电能用多久", NM, ["battery life", "days", "weeks", "hours of"])
A("q2-en-keyboard", "红轴现在多少钱", ["399"], ["sku", "price"])
N("q2-en-keyboard", "茶轴有货吗", ["sku"])
A("q2-en-keyboard", "silent pink price pls", ["479"], ["sku", "price"])

# q2-en-dogbed
A("q2-en-dogbed", "我家狗25公斤 买哪个尺码 多少钱", ["L", "269"], ["sku", "price", "paraphrase"])
U("q2-en-dogbed", "what's the foam density", [*NM, "component"], ["density", "kg/m"])
A("q2-en-dogbed", "how big is the M", ["76", "56"], ["sku"])

# q2-en-fountain
A("q2-en-fountain", "滤芯多久换一次", ["2", "4"], ["component"])
U(
    "q2-en-fountain",
    "can it run on batteries? dont want a cable across the floor",
    NM,
    ["battery", "cordless", "wireless", "rechargeable"],
)
Y("q2-en-fountain", "没水了会自动停吗", ["description", "paraphrase"])
U(
    "q2-en-fountain",
    "how long does the pump last before it needs replacing",
    [*NM, "component"],
    ["lifespan", "pump life", "replace the pump"],
)

# q2-en-chair
U("q2-en-chair", "保修几年", [*NM, "policy"], ["warranty", "guarantee"])
N("q2-en-chair", "有头枕吗", ["description", "component"])
A("q2-en-chair", "can i return it if i dont like it", ["30"], ["policy"])
Y("q2-en-chair", "do i have to assemble it myself", ["policy"])
U("q2-en-chair", "seat depth?", [*NM, "component"], ["depth"])
A("q2-en-chair", "how far back does it lean", ["135"], ["faq", "paraphrase"])

# q2-en-ring
N("q2-en-ring", "是真钻石吗", ["component"])
N("q2-en-ring", "有美码9号的吗", ["sku"])
U("q2-en-ring", "戒指多重", NM, ["weight", "gram"])
A("q2-en-ring", "how long does the gold plating last", ["6", "12"], ["faq", "component"])

# q2-en-earrings
U(
    "q2-en-earrings",
    "耳堵是什么材质",
    [*NM, "component"],
    ["back", "butterfly", "stopper", "clutch"],
)
A("q2-en-earrings", "珍珠多大", ["8", "9"], ["component"])
U("q2-en-earrings", "dose it come in a gift box", [], ["box", "gift", "pouch"])

# --------------------------------------------------------------------------- checks

ALLOWED_TAGS = {
    "zh",
    "en",
    "cross_lingual",
    "paraphrase",
    "description",
    "faq",
    "sku",
    "component",
    "yesno",
    "price",
    "policy",
    "near_miss",
    "unanswerable",
}
ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def money(v, where):
    if not isinstance(v, str) or not re.fullmatch(r"\d+(\.\d{1,2})?", v):
        err(f"{where}: bad money {v!r}")
        return Decimal(0)
    d = Decimal(v)
    if d <= 0:
        err(f"{where}: money must be > 0: {v!r}")
    return d


def when(v, where):
    try:
        t = datetime.fromisoformat(v)
    except (TypeError, ValueError):
        err(f"{where}: bad time {v!r}")
        return None
    if t.tzinfo is None:
        err(f"{where}: time without offset {v!r}")
        return None
    return t


def check_catalog():
    anchor = datetime.fromisoformat(ANCHOR)
    by_id = {}
    for p in PRODUCTS:
        w = "product {}".format(p["id"])
        if not ID_RE.match(p["id"]):
            err(w + ": bad id")
        if p["id"] in by_id:
            err(w + ": duplicate id")
        by_id[p["id"]] = p
        for f in ("title", "category", "price", "stock"):
            if f not in p:
                err(w + ": missing " + f)
        if not 1 <= len(p["title"]) <= 200:
            err(w + ": title length")
        if len(p["category"]) > 200 or "/" not in p["category"]:
            err(w + ": category")
        price = money(p["price"], w + " price")
        if "original_price" in p and money(p["original_price"], w + " original") < price:
            err(w + ": original below price")
        if not isinstance(p["stock"], int) or p["stock"] < 0:
            err(w + ": stock")
        if len(p.get("description", "")) > 20000:
            err(w + ": description too long")
        for f in ("brand", "shop"):
            if len(p.get(f, "")) > 100:
                err(w + f": {f} too long")
        if len(p.get("shipping", "")) > 500:
            err(w + ": shipping too long")
        if len(p["attributes"]) > 100:
            err(w + ": too many attributes")
        for k, v in p["attributes"].items():
            if not (isinstance(k, str) and isinstance(v, str) and len(k) <= 100 and len(v) <= 1000):
                err(w + f": attribute {k!r}")
        skus = p.get("skus", [])
        if skus:
            seen = set()
            for s in skus:
                if set(s) != {"id", "attributes", "price", "stock"}:
                    err(w + f": sku fields {sorted(s)}")
                if not ID_RE.match(s["id"]) or s["id"] in seen:
                    err(w + ": sku id {!r}".format(s["id"]))
                seen.add(s["id"])
                money(s["price"], w + " sku " + s["id"])
                if not isinstance(s["stock"], int) or s["stock"] < 0:
                    err(w + ": sku stock")
                if len(s["attributes"]) > 20:
                    err(w + ": sku attributes")
            if p["stock"] != sum(s["stock"] for s in skus):
                err(w + ": stock is not the SKU sum")
            lowest = min(Decimal(s["price"]) for s in skus)
            if Decimal(p["price"]) != lowest:
                err(w + ": headline price {} is not the cheapest SKU {}".format(p["price"], lowest))
        for f in p.get("faqs", []):
            if len(f["q"]) > 500 or len(f["a"]) > 5000:
                err(w + ": faq too long")
        if p["language"] not in (ZH, EN):
            err(w + ": language")
    for fs in FLASH:
        w = "flash_sale {}".format(fs["id"])
        p = by_id.get(fs["product_id"])
        if p is None:
            err(w + ": unknown product")
            continue
        fp = money(fs["price"], w + " price")
        if "sku_id" in fs:
            s = [s for s in p.get("skus", []) if s["id"] == fs["sku_id"]]
            if not s:
                err(w + ": unknown sku")
                continue
            ref = Decimal(s[0]["price"])
        else:
            ref = Decimal(p["price"])
        if not fp < ref:
            err(w + f": flash price not below {ref}")
        a, b = when(fs["starts_at"], w), when(fs["ends_at"], w)
        if a and b and not b > a:
            err(w + ": end not after start")
        if fs["quantity"] < 1 or fs.get("per_user_limit", 1) < 1:
            err(w + ": quantity/limit")
        if fs.get("live_room_id") not in (None, ROOM):
            err(w + ": live room")
    a, b = when(ROOM_REC["starts_at"], "room"), when(ROOM_REC["ends_at"], "room")
    if not (a <= anchor < b):
        err("room is not live at the anchor")
    for pid in ROOM_REC["product_ids"]:
        if pid not in by_id:
            err("room: unknown product " + pid)
    running = [f for f in FLASH if when(f["starts_at"], "") <= anchor < when(f["ends_at"], "")]
    upcoming = [f for f in FLASH if when(f["starts_at"], "") > anchor]
    if not any("sku_id" in f for f in running) or not any("sku_id" not in f for f in running):
        err("need product-level and SKU-level flash sales running at the anchor")
    if not upcoming:
        err("need an upcoming flash sale")
    # A product-level sale on a product with SKUs would make per-SKU prices computed values;
    # this set keeps product-level sales on products without SKUs.
    for f in running + upcoming:
        if "sku_id" not in f and by_id[f["product_id"]].get("skus"):
            err("flash {}: product-level sale on a product with SKUs".format(f["id"]))
    return by_id


def lower_text(obj):
    return json.dumps(obj, ensure_ascii=False).lower()


def check_qa(by_id):
    for i, q in enumerate(QA, 1):
        w = "qa #%d (%s: %s)" % (i, q["product_id"], q["question"])
        p = by_id.get(q["product_id"])
        if p is None:
            err(w + ": unknown product")
            continue
        flash = [f for f in FLASH if f["product_id"] == p["id"]]
        whole = lower_text(p) + "\n" + lower_text(flash)
        parts = {
            "description": lower_text(p.get("description", "")),
            "faq": lower_text(p.get("faqs", [])),
            "sku": lower_text(p.get("skus", [])) + lower_text(flash),
            "policy": lower_text([p.get("shipping"), p.get("return_policy")]),
        }
        bad = set(q["tags"]) - ALLOWED_TAGS
        if bad:
            err(w + f": unknown tags {sorted(bad)}")
        if q["answerable"]:
            if not q["expected"] and not q["polarity"]:
                err(w + ": answerable item with nothing to check")
            for e in q["expected"]:
                if e.lower() not in whole:
                    err(w + f": expected {e!r} not in the product data")
                for t in ("description", "faq"):
                    if t in q["tags"] and e.lower() not in parts[t]:
                        err(w + f": expected {e!r} not in {t}")
            for t in ("description", "faq", "sku"):
                if t in q["tags"] and not parts[t].strip('"[] '):
                    err(w + f": tagged {t} but the product has none")
            if q["polarity"] not in (None, "yes", "no"):
                err(w + ": polarity")
            if "near_miss" in q["tags"] or "unanswerable" in q["tags"]:
                err(w + ": answerable item tagged unanswerable/near_miss")
        else:
            if q["expected"] or q["polarity"]:
                err(w + ": unanswerable item with expected/polarity")
            if not q["absent"]:
                err(w + ": unanswerable item without absent terms")
            for t in q["absent"]:
                if t.lower() in whole:
                    err(w + f": absent term {t!r} occurs in the product data")
        if len(
            {
                x.lower()
                for x in (qq["question"] for qq in QA if qq["product_id"] == q["product_id"])
            }
        ) != len([qq for qq in QA if qq["product_id"] == q["product_id"]]):
            err(w + ": duplicate question for the product")


def final_tags(q, p):
    qlang = "zh" if CJK_RE.search(q["question"]) else "en"
    plang = "zh" if p["language"] == ZH else "en"
    tags = [qlang]
    if qlang != plang:
        tags.append("cross_lingual")
    for t in q["tags"]:
        if t not in tags:
            tags.append(t)
    order = [
        "zh",
        "en",
        "cross_lingual",
        "paraphrase",
        "description",
        "faq",
        "sku",
        "component",
        "yesno",
        "price",
        "policy",
        "near_miss",
        "unanswerable",
    ]
    return sorted(tags, key=order.index)


def main():
    by_id = check_catalog()
    check_qa(by_id)
    if ERRORS:
        for e in ERRORS:
            print("error:", e, file=sys.stderr)
        print("nothing written: %d problems" % len(ERRORS), file=sys.stderr)
        return 2

    lines = [
        "// anchor: " + ANCHOR,
        "// dev-qa2: a hand-written shop (栖木生活 / Qimu Living) for product Q&A tuning; generated by build.py",
    ]
    for rec in [CREATOR_REC, *PRODUCTS, ROOM_REC, *FLASH]:
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(os.path.join(HERE, "products.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    out = []
    counts = Counter()
    for i, q in enumerate(QA, 1):
        p = by_id[q["product_id"]]
        item = {
            "id": "dq2-%03d" % i,
            "product_id": q["product_id"],
            "question": q["question"],
            "answerable": q["answerable"],
            "expected": q["expected"],
        }
        if q["polarity"]:
            item["polarity"] = q["polarity"]
        item["tags"] = final_tags(q, p)
        counts.update(item["tags"])
        out.append(json.dumps(item, ensure_ascii=False))
    with open(os.path.join(HERE, "qa.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    n = len(QA)
    ans = sum(q["answerable"] for q in QA)
    zh_p = sum(p["language"] == ZH for p in PRODUCTS)
    print(
        "products: %d (%d zh-CN, %d en), flash sales: %d"
        % (len(PRODUCTS), zh_p, len(PRODUCTS) - zh_p, len(FLASH))
    )
    print(
        "qa items: %d (%d answerable, %d unanswerable; %d yes/no: %d yes, %d no)"
        % (
            n,
            ans,
            n - ans,
            sum(1 for q in QA if q["polarity"]),
            sum(1 for q in QA if q["polarity"] == "yes"),
            sum(1 for q in QA if q["polarity"] == "no"),
        )
    )
    for tag in sorted(counts, key=lambda t: (-counts[t], t)):
        print("  %-14s %d" % (tag, counts[tag]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
