#!/usr/bin/env python3
"""Builds eval/dev-qa3: a Q&A dev set on a made-up Kuaishou outdoor / home / car / tea / fashion shop.

Standard library only. Writes products.jsonl (catalog interchange format, see
docs/catalog-format.md) and qa.jsonl next to this file, after checking every item.
It refuses to write anything (exit status 1) when a check fails.

    python3 eval/dev-qa3/build.py
"""

from __future__ import annotations

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANCHOR = "2026-12-10T20:00:00+08:00"

CREATOR = {
    "type": "creator",
    "id": "c-afeng",
    "name": "阿峰山野好物",
    "platform": "kuaishou",
    "handle": "afeng_shanye",
    "bio": "户外老炮阿峰，露营、车品、家装工具、好茶土货、女装都帮老铁们把关。每晚7点半快手直播。",
    "followers": 862000,
}

# ---------------------------------------------------------------------------
# products
# ---------------------------------------------------------------------------

PRODUCTS: list[dict] = []
LANG: dict[str, str] = {}


def sku(sid, price, stock, **attrs):
    d = {"id": sid, "price": price, "stock": stock}
    if attrs:
        d["attributes"] = attrs
    return d


def product(pid, lang, title, category, *, price=None, stock=None, skus=None, **kw):
    """One product record. With SKUs, price is the cheapest SKU and stock their sum."""
    rec = {"type": "product", "id": pid, "title": title, "category": category}
    if skus:
        rec["price"] = min(Decimal(s["price"]) for s in skus)
        rec["price"] = f"{rec['price']:.2f}"
        rec["stock"] = sum(s["stock"] for s in skus)
    else:
        rec["price"] = price
        rec["stock"] = stock
    for key in ("original_price", "description", "brand", "attributes"):
        if key in kw:
            rec[key] = kw.pop(key)
    if skus:
        rec["skus"] = skus
    for key in ("faqs", "shipping", "return_policy"):
        if key in kw:
            rec[key] = kw.pop(key)
    if kw:
        raise SystemExit(f"build.py: product {pid}: unknown keyword(s) {sorted(kw)}")
    rec["shop"] = "阿峰山野好物店"
    rec["creator_id"] = "c-afeng"
    rec["language"] = "zh-CN" if lang == "zh" else "en"
    LANG[pid] = lang
    PRODUCTS.append(rec)


def faq(*pairs):
    return [{"q": q, "a": a} for q, a in pairs]


# ---- outdoor -------------------------------------------------------------

product(
    "p-tent-auto",
    "zh",
    "【阿峰推荐】全自动速开帐篷 3-4人 防雨加厚 露营野餐",
    "户外/露营/帐篷",
    original_price="399.00",
    description="弹簧式全自动结构，抛开10秒成型，收帐约1分钟。附赠地钉12根、风绳4根和收纳包，不含地垫和天幕。双门双窗，纱网防蚊。",
    brand="山野行",
    attributes={
        "适用人数": "3-4人",
        "展开尺寸": "210×210×140cm",
        "收纳尺寸": "82×18×18cm",
        "重量": "4.2kg",
        "外帐面料": "210T涤纶涂银",
        "防水指数": "PU3000mm",
        "帐杆": "玻璃纤维杆",
    },
    skus=[
        sku("green", "269.00", 12, 颜色="军绿", 款式="单层"),
        sku("khaki", "269.00", 0, 颜色="卡其", 款式="单层"),
        sku("green-double", "329.00", 5, 颜色="军绿", 款式="升级双层"),
    ],
    faqs=faq(
        ("下雨天会漏水吗", "外帐防水指数PU3000mm，小到中雨没问题；暴雨天建议再搭一个天幕。"),
        ("一个人能搭吗", "可以，全自动结构，一个人10秒撑开，只需要打地钉。"),
    ),
    shipping="48小时内发货，全国包邮（新疆、西藏、青海不发货）",
    return_policy="7day_no_reason",
)

product(
    "p-moon-chair",
    "en",
    "Aluminum Moon Chair — Ultralight Folding Camping Chair",
    "Outdoor/Camping/Chairs",
    original_price="169.00",
    description="Sets up in about 30 seconds: unfold the frame and hook the seat on. Carry bag included. "
    "On soft sand, use the optional wide feet (sold separately) so the legs do not sink.",
    brand="Trailnest",
    attributes={
        "Frame": "7075 aluminum alloy",
        "Seat fabric": "600D Oxford cloth",
        "Weight": "1.1 kg",
        "Max load": "120 kg",
        "Seat height": "32 cm",
        "Packed size": "35 x 12 x 11 cm",
    },
    skus=[
        sku("black", "129.00", 40, Color="Black", Back="Standard"),
        sku("sand", "129.00", 22, Color="Sand", Back="Standard"),
        sku("hb-black", "159.00", 8, Color="Black", Back="High back"),
    ],
    shipping="Ships within 48 hours, free shipping",
    return_policy="7day_no_reason",
)

product(
    "p-headlamp",
    "zh",
    "LED强光头灯 USB充电 感应开关 夜钓露营跑步",
    "户外/照明/头灯",
    price="59.00",
    stock=120,
    original_price="89.00",
    description="头灯本体仅重98g（含电池），头带可调节可水洗。附1米Type-C充电线，不含充电头。侧面感应开关，挥手即亮。",
    brand="夜行者",
    attributes={
        "电池容量": "2000mAh（内置锂电）",
        "最高亮度": "800流明",
        "照射距离": "150米",
        "防水等级": "IPX4",
        "充电接口": "Type-C",
        "灯光模式": "强光/中光/节能/爆闪/感应",
    },
    faqs=faq(("充满一次电可以用多长时间", "强光模式约3小时，节能模式约10小时。")),
    shipping="24小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-power-station",
    "en",
    "Portable Power Station 300W, 80000mAh — Camping & Road Trip",
    "Outdoor/Power/Power stations",
    price="1299.00",
    stock=25,
    original_price="1599.00",
    description="Pure sine wave inverter, safe for laptops, drones and CPAP machines. Solar panel is NOT included. "
    "Can be recharged from a wall socket or a car cigarette lighter socket with the two cables in the box.",
    brand="VoltCamp",
    attributes={
        "Battery": "80000mAh / 288Wh LiFePO4",
        "Rated output": "300W (peak 600W)",
        "AC outlets": "2",
        "USB-C PD": "100W max",
        "Weight": "3.9 kg",
        "Dimensions": "28 x 19 x 19 cm",
        "Warranty": "2 years",
    },
    faqs=faq(
        (
            "Can I take it on a plane?",
            "No. At 288Wh it is over the airline limit for batteries in carry-on or checked luggage.",
        )
    ),
    shipping="Ships within 48 hours by SF Express",
    return_policy="7day_no_reason",
)

product(
    "p-gas-stove",
    "zh",
    "便携式卡式炉 户外野炊火锅 大火力防风",
    "户外/野炊/卡式炉",
    price="139.00",
    stock=60,
    original_price="199.00",
    description="自带防风罩，户外有风也能稳定燃烧。不含气罐（气罐属于危险品，快递不能寄，请在当地超市购买）。附手提收纳箱。",
    brand="野灶",
    attributes={
        "额定功率": "2.9kW",
        "炉身材质": "不锈钢",
        "适用气罐": "长罐卡式气罐",
        "点火方式": "电子脉冲点火",
        "重量": "1.8kg",
        "尺寸": "34×28×12cm",
    },
    shipping="72小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-cooler-25l",
    "en",
    "25L Hard Cooler Box, Keeps Ice up to 48 h",
    "Outdoor/Camping/Coolers",
    original_price="399.00",
    description="Rotomolded-style thick walls. The lid doubles as a seat and is tested to 100 kg. "
    "Bottle opener built into the handle.",
    brand="Trailnest",
    attributes={
        "Capacity": "25 L",
        "Weight": "4.5 kg",
        "Shell": "PP",
        "Insulation": "PU foam",
        "Ice retention": "up to 48 hours (25°C, 1/3 ice)",
        "Dimensions": "47 x 33 x 38 cm",
    },
    skus=[sku("white", "299.00", 10, Color="White"), sku("blue", "299.00", 6, Color="Blue")],
    faqs=faq(
        ("Does it have a drain plug?", "Yes, there is a screw drain plug at the bottom corner.")
    ),
    shipping="Ships within 72 hours",
)

product(
    "p-trekking-poles",
    "zh",
    "碳纤维登山杖 一对装 超轻外锁伸缩",
    "户外/徒步/登山杖",
    original_price="239.00",
    description="三节外锁设计，戴手套也能调。每对配杖尖橡胶保护套2个、泥托2个、雪托2个。",
    brand="山野行",
    attributes={
        "杖身材质": "碳纤维",
        "握把": "EVA泡棉",
        "调节长度": "65-135cm",
        "收纳长度": "65cm",
        "单支重量": "210g",
        "锁扣": "外锁",
    },
    skus=[sku("black", "159.00", 30, 颜色="黑色"), sku("blue", "159.00", 0, 颜色="蓝色")],
    shipping="48小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "p-down-bag",
    "en",
    "Down Sleeping Bag -10°C, 800 g Fill, Mummy Shape",
    "Outdoor/Camping/Sleeping bags",
    original_price="599.00",
    description="Left-zip and right-zip bags can be zipped together into one double bag. "
    "Compression sack included. Draft collar and hood drawcord.",
    brand="Northpeak",
    attributes={
        "Fill": "90% white duck down, 800 g",
        "Comfort temperature": "0°C",
        "Limit temperature": "-10°C",
        "Shell fabric": "20D nylon",
        "Size": "220 x 80 cm",
        "Weight": "1.45 kg",
        "Packed size": "38 x 22 cm",
    },
    skus=[sku("left-zip", "459.00", 9, Zip="Left"), sku("right-zip", "459.00", 4, Zip="Right")],
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "p-surf-rod",
    "zh",
    "高碳素远投海竿 抛竿 海钓矶钓两用",
    "户外/垂钓/鱼竿",
    original_price="299.00",
    description="竿身高碳素，硬调，导环防缠线。本商品只含鱼竿，不含渔轮和鱼线，需另购。",
    brand="钓鱼郎",
    attributes={"材质": "高碳素", "调性": "硬调", "适用线号": "2-5号", "节数": "4节"},
    skus=[
        sku("3.6m", "189.00", 15, 长度="3.6米", 收缩长度="1.05米"),
        sku("4.5m", "229.00", 7, 长度="4.5米", 收缩长度="1.2米"),
        sku("5.4m", "269.00", 0, 长度="5.4米", 收缩长度="1.35米"),
    ],
    shipping="48小时内发货，竿筒包装",
)

product(
    "p-hammock",
    "en",
    "Double Parachute Nylon Hammock with Tree Straps",
    "Outdoor/Camping/Hammocks",
    price="119.00",
    stock=45,
    description="Comes with 2 steel carabiners and 2 tree straps. Mosquito net is not included. "
    "Packs into its own attached pouch.",
    brand="Trailnest",
    attributes={
        "Material": "210T parachute nylon",
        "Color": "Forest green",
        "Size": "270 x 140 cm",
        "Weight": "650 g",
        "Max load": "200 kg",
        "Tree straps": "2 x 3 m polyester, 10 loops each",
    },
    shipping="Ships within 24 hours",
    return_policy="7day_no_reason",
)

product(
    "p-egg-table",
    "zh",
    "铝合金蛋卷桌 户外折叠桌 野餐露营便携",
    "户外/露营/折叠桌",
    original_price="229.00",
    description="桌板可卷起收纳，附收纳袋。桌面可放卡式炉，但请勿直接放刚离火的锅。",
    brand="山野行",
    attributes={
        "桌板材质": "铝合金",
        "桌腿材质": "碳钢",
        "桌高": "45cm",
        "承重": "30kg",
        "重量": "3.6kg",
    },
    skus=[
        sku("90cm", "159.00", 20, 桌面尺寸="90×60cm", 收纳尺寸="62×14×14cm"),
        sku("120cm", "199.00", 0, 桌面尺寸="120×60cm", 收纳尺寸="62×14×14cm"),
    ],
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

# ---- home improvement ----------------------------------------------------

product(
    "p-drill-12v",
    "zh",
    "12V锂电手电钻 家用充电电钻 装家具打孔拧螺丝",
    "家装/电动工具/电钻",
    original_price="299.00",
    description="标配29件配件，工具箱收纳。单电款1电1充，双电款2电1充。带LED照明灯，两档调速。",
    brand="匠工",
    attributes={
        "电压": "12V",
        "电池容量": "2000mAh",
        "最大扭矩": "30N·m",
        "空载转速": "0-1350rpm",
        "夹头": "10mm",
        "整机重量": "1.1kg（含电池）",
    },
    skus=[
        sku("one-battery", "199.00", 20, 配置="单电"),
        sku("two-battery", "259.00", 14, 配置="双电"),
    ],
    faqs=faq(
        (
            "能在墙上打孔吗",
            "本款没有冲击功能，打砖墙、混凝土墙请选冲击钻；木头、铁皮、装家具都没问题。",
        )
    ),
    shipping="24小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-tele-ladder",
    "en",
    "Aluminium Telescopic Ladder 3.8 m, EN131",
    "Home/Tools/Ladders",
    price="549.00",
    stock=9,
    original_price="699.00",
    description="Each rung locks automatically. Press the thumb buttons to retract one rung at a time; "
    "soft-close so fingers are not pinched. Carry strap included.",
    brand="Climbo",
    attributes={
        "Material": "Aluminium alloy",
        "Extended height": "3.8 m",
        "Closed height": "87 cm",
        "Weight": "11 kg",
        "Max load": "150 kg",
        "Steps": "13",
        "Standard": "EN131",
    },
    shipping="Ships within 48 hours; large parcel, delivered to your door",
    return_policy="7day_no_reason",
)

product(
    "p-kids-paint",
    "zh",
    "儿童房环保乳胶漆 5L 哑光 自刷墙面漆",
    "家装/涂料/乳胶漆",
    original_price="459.00",
    description="水性配方，低气味。刷两遍效果最佳。每桶附赠滚筒一个和美纹纸一卷。",
    brand="净居",
    attributes={
        "净含量": "5L",
        "涂刷面积": "约35㎡（两遍）",
        "干燥时间": "表干30分钟，重涂间隔2小时",
        "光泽": "哑光",
        "环保": "十环认证",
        "保质期": "3年",
    },
    skus=[
        sku("milk-white", "329.00", 18, 颜色="奶白"),
        sku("haze-blue", "349.00", 6, 颜色="雾霾蓝"),
        sku("oat", "349.00", 0, 颜色="燕麦色"),
    ],
    faqs=faq(
        ("刷完多久可以入住", "刷完开窗通风7天左右即可入住；有孕妇和宝宝的家庭建议通风15天以上。")
    ),
    return_policy="7day_no_reason",
)

product(
    "p-laser-meter",
    "en",
    "Laser Distance Meter 50 m, Area & Volume",
    "Home/Tools/Measuring",
    price="109.00",
    stock=70,
    description="Measures distance, area and volume, plus Pythagorean mode. Wrist lanyard and soft pouch included.",
    brand="Measura",
    attributes={
        "Range": "0.05–50 m",
        "Accuracy": "±2 mm",
        "Battery": "2 x AAA (included)",
        "Display": "Backlit LCD",
        "Weight": "110 g",
        "Dimensions": "11.5 x 4.5 x 2.5 cm",
        "IP rating": "IP54",
    },
    faqs=faq(("Does it measure in feet?", "Yes, you can switch between m, ft and in.")),
    shipping="Ships within 24 hours",
    return_policy="7day_no_reason",
)

product(
    "p-shower-set",
    "zh",
    "增压花洒套装 三档出水 淋浴喷头",
    "家装/卫浴/花洒",
    original_price="159.00",
    description="通用接口，安装无需工具，附送生料带一卷。按键切换三种出水模式。",
    brand="净居",
    attributes={
        "喷头材质": "ABS",
        "软管": "304不锈钢",
        "软管长度": "1.5米",
        "出水模式": "3档",
        "接口": "通用G1/2",
        "喷头直径": "12cm",
    },
    skus=[sku("silver", "89.00", 50, 颜色="银色"), sku("black", "99.00", 25, 颜色="黑色")],
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-smart-lock",
    "en",
    "Fingerprint Smart Door Lock with Wi-Fi App",
    "Home/Security/Smart locks",
    original_price="1699.00",
    description="Free installation in tier-1 and tier-2 cities; elsewhere the installer charges a ¥100 fee on site. "
    "AA batteries are not included in the box. Emergency USB-C power port under the keypad.",
    brand="Guardly",
    attributes={
        "Unlock methods": "Fingerprint, password, NFC card, mechanical key, app",
        "Fingerprints stored": "up to 100",
        "Battery": "8 x AA",
        "Battery life": "about 10 months at 10 unlocks a day",
        "Panel": "Aluminium alloy",
        "Door thickness": "40–90 mm",
        "Warranty": "3 years on the electronics",
    },
    skus=[sku("black", "1299.00", 8, Color="Black"), sku("silver", "1299.00", 0, Color="Silver")],
    shipping="Ships within 24 hours. The installer contacts you within 2 days of delivery.",
    return_policy="7day_no_reason",
)

product(
    "p-led-strip",
    "zh",
    "RGB LED灯带 手机APP遥控 氛围灯 卧室电视背景",
    "家装/灯具/灯带",
    original_price="99.00",
    description="电源线长1米，灯带背面是3M背胶，撕开就能贴。可剪断，每3颗灯珠一个剪口。",
    brand="光影家",
    attributes={
        "灯珠": "每米60颗",
        "功率": "每米4.8W",
        "电压": "12V",
        "控制方式": "遥控器+手机APP",
        "音乐律动": "支持",
    },
    skus=[sku("5m", "49.00", 60, 长度="5米"), sku("10m", "89.00", 30, 长度="10米")],
    shipping="24小时内发货",
)

product(
    "p-tool-kit",
    "en",
    "108-Piece Household Tool Kit in Carry Case",
    "Home/Tools/Tool sets",
    price="159.00",
    stock=33,
    description="Includes a claw hammer, a 3 m tape measure, a utility knife, pliers, 40 bits and sockets, and a hex key set. "
    "No power tools included.",
    brand="Fixwell",
    attributes={
        "Pieces": "108",
        "Tools": "Chrome vanadium steel (CR-V)",
        "Case": "Blow-molded PP plastic",
        "Weight": "3.2 kg",
        "Case size": "36 x 28 x 8 cm",
    },
    faqs=faq(("Are the sockets metric or imperial?", "All sockets are metric, 4–13 mm.")),
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "p-wallpaper",
    "zh",
    "自粘墙纸 防水可擦洗 卧室温馨翻新贴纸",
    "家装/墙面/墙纸",
    original_price="59.90",
    description="一卷大约能贴6平方米，需要对花的款式建议多买一卷。墙面要干净平整，撕掉底纸直接贴。",
    brand="光影家",
    attributes={
        "规格": "宽60cm×长10米/卷",
        "材质": "PVC",
        "厚度": "0.3mm",
        "防水": "可擦洗",
        "适用": "卧室、客厅、出租屋",
    },
    skus=[
        sku("cream-check", "39.90", 100, 花色="奶油格"),
        sku("wood", "39.90", 40, 花色="原木纹"),
        sku("marble", "45.90", 0, 花色="大理石"),
    ],
    shipping="48小时内发货",
)

product(
    "p-dehumidifier",
    "en",
    "Mini Dehumidifier for Wardrobe & Bathroom, 1.2 L",
    "Home/Appliances/Dehumidifiers",
    price="199.00",
    stock=40,
    original_price="259.00",
    description="Semiconductor (Peltier) type, no compressor. The power adapter cable is 1.8 m long. Blue night light.",
    brand="DryNest",
    attributes={
        "Water tank": "1.2 L",
        "Dehumidifying": "300 ml/day (30°C, 80% RH)",
        "Power": "35 W",
        "Noise": "38 dB",
        "Coverage": "up to 15 m²",
        "Auto shut-off": "when the tank is full",
    },
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "p-bath-rack",
    "zh",
    "免打孔卫生间置物架 太空铝 浴室壁挂收纳",
    "家装/卫浴/置物架",
    description="无痕胶安装，瓷砖、玻璃、大理石都能贴；不适用墙纸墙和腻子墙。另附4颗螺丝，想打孔固定也可以。",
    brand="净居",
    attributes={
        "材质": "太空铝",
        "承重": "单层10kg",
        "尺寸": "40×12×5cm",
        "安装方式": "无痕胶/螺丝可选",
        "重量": "0.5kg",
    },
    skus=[sku("single", "39.00", 80, 层数="单层"), sku("double", "69.00", 40, 层数="双层")],
    shipping="24小时内发货",
)

# ---- car accessories ------------------------------------------------------

product(
    "p-car-vacuum",
    "zh",
    "车载无线吸尘器 大吸力 手持车家两用",
    "汽车用品/车载电器/吸尘器",
    price="139.00",
    stock=80,
    original_price="199.00",
    description="配2个备用滤网、扁吸头和毛刷头。缝隙、座椅、脚垫都能吸，家里沙发也能用。",
    brand="车小净",
    attributes={
        "吸力": "8000Pa",
        "电池容量": "2000mAh",
        "功率": "120W",
        "重量": "0.6kg",
        "充电": "Type-C，约3小时充满",
        "滤网": "HEPA，可水洗",
    },
    shipping="24小时内发货，包邮",
    return_policy="7day_no_reason",
)

product(
    "p-mag-mount",
    "en",
    "Magnetic Car Phone Mount for Air Vent, N52 Magnets",
    "Car/Accessories/Phone mounts",
    price="45.00",
    stock=150,
    description="Includes 2 stick-on metal plates for phones without MagSafe. Clamps onto horizontal or vertical vent blades; "
    "not suitable for round air vents.",
    brand="Drivo",
    attributes={
        "Magnets": "N52, 12 pieces",
        "Fits phones": "4.7–7.0 inch",
        "Arm": "Aluminium alloy",
        "Pad": "Silicone",
        "Rotation": "360°",
        "Weight": "58 g",
    },
    faqs=faq(
        (
            "Does it work with a thick case?",
            "Cases up to 3 mm thick are fine; thicker cases may slip on bumpy roads.",
        )
    ),
    shipping="Ships within 24 hours",
)

product(
    "p-seat-cushion",
    "zh",
    "冰丝汽车坐垫 四季通用 全包围透气座垫",
    "汽车用品/内饰/坐垫",
    original_price="599.00",
    description="面料冰丝混亚麻，夏天不闷。安装约15分钟，附安装挂钩12个。",
    brand="车小净",
    attributes={
        "面料": "冰丝+亚麻",
        "填充": "3D蜂窝网",
        "前座尺寸": "50×130cm",
        "适用车型": "五座轿车、SUV通用",
    },
    skus=[
        sku("black-front", "199.00", 20, 颜色="黑色", 套装="前排2座"),
        sku("black-full", "399.00", 10, 颜色="黑色", 套装="全套5座"),
        sku("beige-full", "399.00", 0, 颜色="米色", 套装="全套5座"),
    ],
    faqs=faq(("特斯拉Model Y可以装吗", "可以，Model Y实测适配，后排中间扶手位置需要按开口剪开。")),
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-dashcam",
    "en",
    "4K Dash Cam Front and Rear, Night Vision, 170° Wide Angle",
    "Car/Electronics/Dash cams",
    original_price="699.00",
    description="The rear camera cable is 6 m long and the USB power cable is 3.5 m, enough for SUVs. "
    "3M adhesive mount and trim tool included.",
    brand="RoadEye",
    attributes={
        "Front camera": "4K 2160P",
        "Rear camera": "1080P",
        "Field of view": "170°",
        "Storage": "microSD up to 256 GB (card not included)",
        "Sensor": "Sony STARVIS",
        "Parking mode": "Yes, needs the hardwire kit (sold separately)",
        "Screen": "3 inch IPS",
        "Warranty": "12 months",
    },
    skus=[
        sku("front", "399.00", 15, Cameras="Front only"),
        sku("front-rear", "499.00", 22, Cameras="Front + rear"),
    ],
    shipping="Ships within 24 hours",
    return_policy="7day_no_reason",
)

product(
    "p-tire-pump",
    "zh",
    "无线车载充气泵 便携电动打气泵 汽车轮胎",
    "汽车用品/车载电器/充气泵",
    price="169.00",
    stock=55,
    original_price="229.00",
    description="气管长度约40cm，附3个气嘴转换头（自行车、篮球足球、游泳圈都能打）。到设定气压自动停。",
    brand="车小净",
    attributes={
        "电池容量": "6000mAh",
        "最大气压": "150PSI",
        "充气速度": "0到36PSI约4分钟（195/65 R15轮胎）",
        "重量": "480g",
        "尺寸": "17×7×4.5cm",
        "照明": "LED灯",
    },
    shipping="24小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-jump-starter",
    "en",
    "12V Car Jump Starter 2000A Peak, 20000mAh Power Bank",
    "Car/Electronics/Jump starters",
    price="329.00",
    stock=30,
    original_price="459.00",
    description="Can jump-start a car about 30 times on a full charge (tested on a 2.0L gasoline engine). "
    "Smart clamps and a storage case included. Wall charger is not included; charge it over USB-C.",
    brand="VoltCamp",
    attributes={
        "Peak current": "2000A",
        "Battery": "20000mAh",
        "Engines": "gasoline up to 8.0L, diesel up to 6.5L",
        "Weight": "0.9 kg",
        "Working temperature": "-20°C to 60°C",
        "Warranty": "18 months",
    },
    faqs=faq(
        (
            "Can I use it as a power bank?",
            "Yes, it has 2 USB-A outputs; one supports 18W fast charging.",
        )
    ),
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "p-floor-mats",
    "zh",
    "TPE全包围汽车脚垫 按车型定制 防水易清洗",
    "汽车用品/内饰/脚垫",
    description="按车型定制，下单请备注品牌、车型和年份。定制生产3-5天后发货。",
    brand="车小净",
    attributes={"材质": "TPE", "厚度": "4mm", "颜色": "黑色", "适用车型": "按车型定制"},
    skus=[sku("front", "268.00", 50, 套装="前排"), sku("full", "468.00", 50, 套装="全套")],
    shipping="定制款生产3-5天后发货，顺丰包邮",
    return_policy="非质量问题7天内可退换，需脚垫未使用、保护膜完好",
)

product(
    "p-vent-aroma",
    "en",
    "Car Vent Aroma Diffuser with Solid Perfume Refills",
    "Car/Accessories/Air fresheners",
    original_price="89.00",
    description="One refill lasts about 45 days in summer and about 60 days in winter. Clip fits most vent blades.",
    brand="Drivo",
    attributes={
        "Shell": "Zinc alloy",
        "Net content": "8 g solid balm per refill",
        "Refills included": "3",
    },
    skus=[
        sku("ocean", "59.00", 40, Scent="Ocean"),
        sku("cologne", "59.00", 0, Scent="Cologne"),
        sku("osmanthus", "59.00", 12, Scent="Osmanthus"),
    ],
    shipping="Ships within 48 hours, free shipping",
)

product(
    "p-car-charger",
    "zh",
    "车载充电器 双口快充 PD65W 笔记本也能充",
    "汽车用品/车载电器/车充",
    price="79.00",
    stock=90,
    description="附1米C to C充电线（60W）。蓝色呼吸灯，夜间不刺眼。",
    brand="车小净",
    attributes={
        "输出": "USB-C 65W + USB-A 30W",
        "总功率": "95W",
        "输入电压": "12-24V",
        "外壳": "铝合金",
        "长度": "5.8cm",
    },
    shipping="24小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-trunk-org",
    "en",
    "Collapsible Car Trunk Organizer 55L, 3 Compartments",
    "Car/Accessories/Organizers",
    original_price="109.00",
    description="Velcro strips on the bottom stop it sliding around on trunk carpet. Folds flat when not in use.",
    brand="Drivo",
    attributes={
        "Capacity": "55 L",
        "Material": "600D Oxford with PE board",
        "Dimensions": "60 x 35 x 30 cm",
        "Weight": "1.2 kg",
        "Compartments": "3",
    },
    skus=[sku("black", "79.00", 30, Color="Black"), sku("grey", "79.00", 18, Color="Grey")],
    shipping="Ships within 48 hours",
)

# ---- tea & food -----------------------------------------------------------

product(
    "p-puer-357",
    "zh",
    "云南勐海普洱熟茶饼 357g 老班章料区",
    "茶饮/普洱/熟茶",
    price="228.00",
    stock=100,
    original_price="298.00",
    description="这一饼用的是2019年春料，2021年压饼，仓储三年以上，汤色红浓，有陈香。",
    brand="勐海老茶号",
    attributes={
        "净含量": "357g",
        "产地": "云南勐海",
        "原料年份": "2019年",
        "工艺": "熟茶",
        "保质期": "长期存放",
        "储存方法": "阴凉干燥、无异味处",
    },
    shipping="48小时内发货，顺丰包邮",
    return_policy="no_return",
)

product(
    "p-longjing",
    "zh",
    "明前龙井 特级 250g 礼盒罐装 杭州绿茶",
    "茶饮/绿茶/龙井",
    price="368.00",
    stock=40,
    original_price="468.00",
    description="双罐礼盒，送长辈体面。冲泡建议80-85℃水温。",
    brand="钱塘茶社",
    attributes={
        "净含量": "250g（125g×2罐）",
        "产地": "浙江杭州",
        "等级": "特级",
        "采摘": "明前",
        "保质期": "18个月",
        "储存": "冷藏更佳",
    },
    faqs=faq(("是西湖核心产区的吗", "产自杭州钱塘产区，不是西湖核心一级保护区。")),
    shipping="现货，下单后24小时内发货",
    return_policy="no_return",
)

product(
    "p-beef-jerky",
    "en",
    "Inner Mongolia Air-Dried Beef Jerky 500 g",
    "Food/Snacks/Jerky",
    original_price="129.00",
    description="Each small pack is about 25 g, easy to carry on hikes.",
    brand="Grassland Grill",
    attributes={
        "Net weight": "500 g (about 20 packs)",
        "Origin": "Inner Mongolia",
        "Shelf life": "9 months",
        "Ingredients": "beef, chili, salt, sugar, soy sauce, spices",
        "Storage": "cool, dry place",
    },
    skus=[
        sku("spicy", "89.00", 25, Flavor="Spicy"),
        sku("five-spice", "89.00", 30, Flavor="Five-spice"),
        sku("extra-spicy", "95.00", 0, Flavor="Extra spicy"),
    ],
    shipping="Ships from Hohhot within 48 hours",
    return_policy="no_return",
)

product(
    "p-wild-honey",
    "zh",
    "秦岭土蜂蜜 百花蜜 农家自产 玻璃瓶装",
    "食品/蜂蜜/土蜂蜜",
    original_price="98.00",
    description="天冷结晶是正常现象，隔温水化开即可，不要用开水冲。1岁以下婴儿不宜食用蜂蜜。",
    brand="秦岭蜂农",
    attributes={
        "产地": "陕西秦岭",
        "蜜源": "百花",
        "波美度": "42度以上",
        "保质期": "24个月",
        "包装": "玻璃瓶",
    },
    skus=[sku("500g", "68.00", 40, 净含量="500g"), sku("1000g", "118.00", 20, 净含量="1000g")],
    shipping="48小时内发货，泡沫箱防碎",
    return_policy="no_return",
)

product(
    "p-wuchang-rice",
    "en",
    "Wuchang Daohuaxiang Rice, New Crop, 5 kg",
    "Food/Grains/Rice",
    price="89.00",
    stock=200,
    original_price="119.00",
    description="Vacuum packed in 1 kg bricks so the rest stays fresh after you open the box.",
    brand="Black Soil Farm",
    attributes={
        "Net weight": "5 kg",
        "Origin": "Wuchang, Heilongjiang",
        "Variety": "Daohuaxiang No.2",
        "Harvest": "2026 new crop",
        "Shelf life": "12 months",
        "Packing": "vacuum bricks, 1 kg x 5",
    },
    shipping="Ships within 72 hours; we do not ship to Xinjiang or Tibet",
    return_policy="no_return",
)

product(
    "p-goji",
    "zh",
    "宁夏中宁枸杞 特优级 250g 免洗可直接吃",
    "食品/滋补/枸杞",
    price="39.90",
    stock=300,
    description="颗粒饱满，泡水、煲汤、直接嚼都可以。",
    brand="中宁红",
    attributes={
        "净含量": "250g",
        "产地": "宁夏中宁",
        "等级": "特优级（280粒/50g）",
        "保质期": "12个月",
    },
    faqs=faq(("有没有用硫磺熏过", "本品未经硫磺熏蒸，有第三方检测报告，在详情页可以查看。")),
    shipping="24小时内发货",
    return_policy="no_return",
)

product(
    "p-snack-box",
    "en",
    "Office Snack Gift Box, 30 Packs, 12 Kinds",
    "Food/Snacks/Gift boxes",
    price="99.00",
    stock=60,
    original_price="139.00",
    description="Contains nuts and milk powder; not suitable for people with nut allergies. "
    "Gift box size 40 x 30 x 10 cm with a handle.",
    brand="Snackery",
    attributes={"Contents": "30 packs, 12 kinds", "Net weight": "1.2 kg", "Shelf life": "6 months"},
    shipping="Ships within 24 hours",
    return_policy="no_return",
)

product(
    "p-hotpot-base",
    "zh",
    "重庆老火锅 牛油火锅底料 500g 手工炒制",
    "食品/调味/火锅底料",
    description="一袋500g可以分4-5次吃，每次一块加水即可。",
    brand="山城老灶",
    attributes={
        "净含量": "500g",
        "配料": "牛油、干辣椒、花椒、郫县豆瓣、生姜",
        "保质期": "12个月",
        "产地": "重庆",
    },
    skus=[
        sku("medium", "29.90", 100, 辣度="中辣"),
        sku("extra-hot", "29.90", 60, 辣度="特辣"),
        sku("mild-veg-oil", "32.90", 0, 辣度="清油微辣"),
    ],
    shipping="下单48小时内发货",
    return_policy="no_return",
)

product(
    "p-coffee-beans",
    "en",
    "Yunnan Baoshan Arabica Coffee Beans, Medium Roast, 454 g",
    "Food/Coffee/Beans",
    description="Notes of brown sugar, nuts and a little citrus.",
    brand="Highland Roasters",
    attributes={
        "Net weight": "454 g",
        "Origin": "Baoshan, Yunnan",
        "Roast": "Medium",
        "Process": "Washed",
        "Roast date": "roasted within 7 days before shipping",
        "Shelf life": "12 months",
    },
    skus=[
        sku("whole-bean", "98.00", 30, Form="Whole bean"),
        sku("ground", "98.00", 20, Form="Ground"),
    ],
    faqs=faq(
        (
            "Can you grind it for me?",
            "Yes. Pick 'Ground' when ordering; we grind for pour-over unless you leave a note.",
        )
    ),
    shipping="Ships within 48 hours",
    return_policy="no_return",
)

product(
    "p-morel",
    "zh",
    "云南丽江干羊肚菌 50g 煲汤食材",
    "食品/干货/菌菇",
    price="159.00",
    stock=35,
    original_price="199.00",
    description="泡发的水别倒，沉淀后可以拿来炖汤。",
    brand="滇味山珍",
    attributes={
        "净含量": "50g",
        "产地": "云南丽江",
        "规格": "3-5cm",
        "泡发比例": "约1:8",
        "保质期": "24个月",
    },
    shipping="48小时内发货",
    return_policy="no_return",
)

product(
    "p-travel-tea",
    "zh",
    "旅行快客杯 一壶两杯 便携茶具套装 户外泡茶",
    "茶饮/茶具/旅行茶具",
    price="128.00",
    stock=28,
    description="两只品茗杯为手工柴烧，每只窑变颜色都略有不同。收纳包为加厚帆布。",
    brand="野茶人",
    attributes={"组成": "1壶2杯", "材质": "陶瓷", "壶容量": "200ml", "杯容量": "60ml"},
    faqs=faq(("可以放在炉子上直接烧吗", "不可以直接明火加热，请用烧好的热水冲泡。")),
    shipping="48小时内发货，气泡柱防碎包装",
    return_policy="7day_no_reason",
)

# ---- women's fashion ------------------------------------------------------

product(
    "p-down-jacket",
    "zh",
    "女款轻薄羽绒服 短款立领 可收纳 秋冬内胆",
    "女装/外套/羽绒服",
    original_price="599.00",
    description="附收纳袋，可以压缩成一瓶矿泉水大小，出差旅行很方便。",
    brand="暖屿",
    attributes={
        "面料": "100%锦纶",
        "填充物": "90%白鸭绒",
        "充绒量": "120g（M码）",
        "尺码": "S-XL",
        "版型": "修身",
        "洗涤": "可机洗（洗衣袋、轻柔模式）",
    },
    skus=[
        sku("black-s", "399.00", 5, 颜色="黑色", 尺码="S"),
        sku("black-m", "399.00", 0, 颜色="黑色", 尺码="M"),
        sku("black-l", "399.00", 7, 颜色="黑色", 尺码="L"),
        sku("white-m", "399.00", 4, 颜色="奶白色", 尺码="M"),
        sku("white-l", "399.00", 0, 颜色="奶白色", 尺码="L"),
        sku("blue-m", "429.00", 3, 颜色="雾蓝", 尺码="M"),
    ],
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-linen-dress",
    "en",
    "Linen Blend Midi Dress, Square Neck, Puff Sleeves",
    "Women/Dresses/Midi",
    description="Model is 165 cm, 48 kg and wears size S. Belt not included.",
    brand="Luma",
    attributes={
        "Fabric": "55% linen, 45% cotton",
        "Lining": "100% polyester (skirt only)",
        "Length": "118 cm (size M)",
        "Closure": "Back zip",
        "Care": "Hand wash cold",
    },
    skus=[
        sku("beige-s", "259.00", 6, Color="Beige", Size="S"),
        sku("beige-m", "259.00", 0, Color="Beige", Size="M"),
        sku("beige-l", "259.00", 3, Color="Beige", Size="L"),
        sku("sage-m", "259.00", 5, Color="Sage", Size="M"),
        sku("sage-l", "259.00", 2, Color="Sage", Size="L"),
    ],
    faqs=faq(
        (
            "Is it see-through?",
            "The skirt is lined, so it is not see-through; the top half is unlined but the beige is thick enough.",
        )
    ),
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "p-wool-cardigan",
    "zh",
    "羊毛混纺针织开衫 女 慵懒风 V领",
    "女装/针织/开衫",
    original_price="269.00",
    description="纽扣是天然贝壳扣，每颗纹理不一样。",
    brand="暖屿",
    attributes={
        "面料": "30%羊毛、50%腈纶、20%锦纶",
        "尺码": "均码",
        "建议身高": "155-170cm",
        "建议体重": "90-130斤",
        "衣长": "58cm",
        "袖长": "56cm",
    },
    skus=[
        sku("oat", "189.00", 10, 颜色="燕麦"),
        sku("wine", "189.00", 8, 颜色="酒红"),
        sku("black", "189.00", 0, 颜色="黑色"),
    ],
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-canvas-tote",
    "en",
    "Zip-Top Canvas Tote Bag, Fits 15.6-inch Laptop",
    "Women/Bags/Totes",
    description="Inside: 1 zip pocket, 2 slip pockets and a key hook.",
    brand="Luma",
    attributes={
        "Material": "16 oz cotton canvas",
        "Lining": "Polyester",
        "Capacity": "20 L",
        "Bag weight": "480 g",
        "Dimensions": "40 x 33 x 13 cm",
        "Laptop sleeve": "fits up to 15.6 inch",
        "Handle drop": "25 cm",
    },
    skus=[sku("natural", "139.00", 20, Color="Natural"), sku("black", "139.00", 15, Color="Black")],
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

product(
    "p-shark-pants",
    "zh",
    "鲨鱼裤女 外穿高腰 打底裤 瑜伽骑行",
    "女装/裤装/打底裤",
    description="尺码建议：M 90-110斤，L 110-125斤，XL 125-140斤。",
    brand="暖屿",
    attributes={"面料": "锦纶78%、氨纶22%", "腰型": "高腰", "颜色": "黑色"},
    skus=[
        sku("thin-m", "69.00", 30, 款式="薄款", 尺码="M"),
        sku("thin-l", "69.00", 25, 款式="薄款", 尺码="L"),
        sku("fleece-m", "89.00", 12, 款式="加绒款", 尺码="M"),
        sku("fleece-l", "89.00", 0, 款式="加绒款", 尺码="L"),
        sku("fleece-xl", "89.00", 6, 款式="加绒款", 尺码="XL"),
    ],
    faqs=faq(("会不会起球", "面料是高密锦纶，正常穿着不容易起球，避免和魔术贴摩擦就行。")),
    shipping="24小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-polarized-sun",
    "en",
    "Polarized Sunglasses with TR90 Frame, UV400",
    "Women/Accessories/Sunglasses",
    original_price="199.00",
    description="Comes with a hard case and a cleaning cloth.",
    brand="Luma",
    attributes={
        "Lens": "TAC polarized, UV400",
        "Frame": "TR90",
        "Hinges": "Stainless steel spring hinges",
        "Weight": "22 g",
        "Lens width": "58 mm",
    },
    skus=[
        sku("black-grey", "129.00", 20, Frame_color="Black", Lens_color="Grey"),
        sku("tortoise-brown", "129.00", 9, Frame_color="Tortoise", Lens_color="Brown"),
        sku("pink-grey", "129.00", 0, Frame_color="Pink", Lens_color="Grey"),
    ],
    shipping="Ships within 24 hours",
    return_policy="7day_no_reason",
)

product(
    "p-silk-scarf",
    "zh",
    "100%桑蚕丝方巾 真丝丝巾 手工卷边",
    "女装/配饰/丝巾",
    description="礼盒包装，可以代写贺卡，送妈妈送老婆都合适。",
    brand="丝语",
    attributes={
        "面料": "100%桑蚕丝",
        "姆米": "16姆米",
        "尺寸": "90×90cm",
        "重量": "约45g",
        "工艺": "手工卷边",
    },
    skus=[sku("blue-white", "199.00", 8, 花色="青花"), sku("sunset", "199.00", 3, 花色="落日橘")],
    faqs=faq(("可以机洗吗", "建议冷水手洗，不能机洗，也不要暴晒。")),
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-chelsea-boots",
    "en",
    "Women's Chelsea Boots, Genuine Leather, Low Heel",
    "Women/Shoes/Boots",
    original_price="559.00",
    description="These run small: if you are between sizes, go one size up.",
    brand="Strida",
    attributes={
        "Upper": "Cow leather",
        "Lining": "Pigskin",
        "Sole": "Rubber",
        "Heel height": "4 cm",
        "Shaft height": "15 cm",
    },
    skus=[
        sku("black-36", "399.00", 5, Color="Black", Size="36"),
        sku("black-37", "399.00", 0, Color="Black", Size="37"),
        sku("black-38", "399.00", 4, Color="Black", Size="38"),
        sku("brown-37", "419.00", 3, Color="Brown", Size="37"),
        sku("brown-38", "419.00", 2, Color="Brown", Size="38"),
    ],
    shipping="Ships within 48 hours",
    return_policy="7-day returns for any reason; the seller pays return shipping (shipping insurance included)",
)

product(
    "p-3in1-jacket",
    "zh",
    "女款三合一冲锋衣 防风防水 可拆卸抓绒内胆",
    "女装/外套/冲锋衣",
    original_price="699.00",
    description="内胆可以拆下来单穿，春秋穿外层、冬天两件一起穿。帽子带帽檐。",
    brand="山野行",
    attributes={
        "外层面料": "涤纶+防水涂层",
        "内胆": "摇粒绒",
        "防水指数": "8000mm",
        "透气指数": "3000g/㎡/24h",
        "尺码": "S-XXL",
    },
    skus=[
        sku("black-m", "459.00", 8, 颜色="黑色", 尺码="M"),
        sku("black-l", "459.00", 6, 颜色="黑色", 尺码="L"),
        sku("purple-m", "459.00", 0, 颜色="紫色", 尺码="M"),
        sku("purple-l", "459.00", 4, 颜色="紫色", 尺码="L"),
    ],
    shipping="48小时内发货",
    return_policy="7day_no_reason",
)

product(
    "p-crossbody",
    "en",
    "Women's Crossbody Bag, Vegan Leather, Adjustable Strap",
    "Women/Bags/Crossbody",
    description="Fits a phone up to 6.7 inches, a small wallet and keys.",
    brand="Luma",
    attributes={
        "Material": "PU leather",
        "Strap": "Nylon webbing, adjustable 75–130 cm",
        "Dimensions": "22 x 15 x 7 cm",
        "Weight": "320 g",
        "Hardware": "Zinc alloy",
    },
    skus=[
        sku("cream", "159.00", 10, Color="Cream"),
        sku("black", "159.00", 12, Color="Black"),
        sku("caramel", "169.00", 0, Color="Caramel"),
    ],
    shipping="Ships within 48 hours",
    return_policy="7day_no_reason",
)

LIVE_ROOM = {
    "type": "live_room",
    "id": "room-1210",
    "creator_id": "c-afeng",
    "title": "阿峰双十二预热 户外车品好茶专场",
    "starts_at": "2026-12-10T19:30:00+08:00",
    "ends_at": "2026-12-10T23:30:00+08:00",
    "product_ids": [p["id"] for p in PRODUCTS],
}

FLASH_SALES = [
    # running at the anchor, whole product (no SKUs)
    {
        "type": "flash_sale",
        "id": "fs-puer-now",
        "product_id": "p-puer-357",
        "live_room_id": "room-1210",
        "price": "168.00",
        "quantity": 100,
        "per_user_limit": 2,
        "starts_at": "2026-12-10T19:30:00+08:00",
        "ends_at": "2026-12-10T21:30:00+08:00",
    },
    # running at the anchor, one SKU
    {
        "type": "flash_sale",
        "id": "fs-dashcam-fr",
        "product_id": "p-dashcam",
        "sku_id": "front-rear",
        "live_room_id": "room-1210",
        "price": "429.00",
        "quantity": 50,
        "per_user_limit": 1,
        "starts_at": "2026-12-10T19:30:00+08:00",
        "ends_at": "2026-12-10T21:00:00+08:00",
    },
    # upcoming
    {
        "type": "flash_sale",
        "id": "fs-vacuum-soon",
        "product_id": "p-car-vacuum",
        "live_room_id": "room-1210",
        "price": "99.00",
        "quantity": 200,
        "per_user_limit": 1,
        "starts_at": "2026-12-10T21:30:00+08:00",
        "ends_at": "2026-12-10T22:00:00+08:00",
    },
    # ended the night before
    {
        "type": "flash_sale",
        "id": "fs-chair-ended",
        "product_id": "p-moon-chair",
        "price": "99.00",
        "quantity": 100,
        "per_user_limit": 2,
        "starts_at": "2026-12-09T20:00:00+08:00",
        "ends_at": "2026-12-09T21:00:00+08:00",
    },
]

# ---------------------------------------------------------------------------
# Q&A items: (product_id, question, answerable, expected, polarity, tags)
# tags cross_lingual and unanswerable are added by this script.
# ---------------------------------------------------------------------------

Y, N = "yes", "no"
A, U = True, False

QA_RAW = [
    # p-tent-auto (zh)
    ("p-tent-auto", "这帐篷多重啊 背得动不 要走一段路的", A, ["4.2"], None, ["zh", "paraphrase"]),
    ("p-tent-auto", "卡其色的还有货吗亲", A, [], N, ["zh", "sku", "yesno"]),
    ("p-tent-auto", "下大雨扛得住不 防水多少", A, ["3000"], None, ["zh", "faq", "paraphrase"]),
    (
        "p-tent-auto",
        "whats the UPF / sun protection rating on the tent? 🌞",
        U,
        [],
        None,
        ["en", "near_miss"],
    ),
    # p-moon-chair (en)
    ("p-moon-chair", "我两百斤能坐吗 这椅子最多承多重😂", A, ["120"], None, ["zh", "paraphrase"]),
    (
        "p-moon-chair",
        "how heavy is the chair itself? gonna hike w it",
        A,
        ["1.1"],
        None,
        ["en", "paraphrase"],
    ),
    ("p-moon-chair", "昨晚99那个秒杀还有吗 现在啥价", A, ["129"], None, ["zh", "price"]),
    (
        "p-moon-chair",
        "is the seat fabric waterproof if it rains?",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    ("p-moon-chair", "how much for the navy one", U, [], None, ["en", "sku", "price", "near_miss"]),
    # p-headlamp (zh)
    (
        "p-headlamp",
        "how long does it last on full blast before it dies?",
        A,
        ["3"],
        None,
        ["en", "faq", "paraphrase"],
    ),
    (
        "p-headlamp",
        "does it come w/ a charging brick or just the cable",
        A,
        [],
        N,
        ["en", "description", "yesno"],
    ),
    ("p-headlamp", "家人们 这个充满电要多久啊", U, [], None, ["zh", "near_miss"]),
    (
        "p-headlamp",
        "does it warn u when the battery is low? dont wanna get stuck in the dark lol",
        U,
        [],
        None,
        ["en"],
    ),
    ("p-headlamp", "头带啥材质的 戴久了会不会勒头", U, [], None, ["zh", "component", "near_miss"]),
    # p-power-station (en)
    (
        "p-power-station",
        "can i bring this on a flight? work trip next week ✈️",
        A,
        [],
        N,
        ["en", "faq", "yesno", "paraphrase"],
    ),
    ("p-power-station", "给电热毯供电能用多久啊 冬天露营", U, [], None, ["zh", "near_miss"]),
    ("p-power-station", "how long is the warranty", A, ["2"], None, ["en"]),
    ("p-power-station", "用太阳能板充满要几个小时", U, [], None, ["zh", "near_miss"]),
    # p-gas-stove (zh)
    ("p-gas-stove", "送气罐吗 还是得自己买", A, [], N, ["zh", "description", "yesno"]),
    (
        "p-gas-stove",
        "what's the pot stand made of, cast iron?",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    ("p-gas-stove", "保修几年啊老板", U, [], None, ["zh", "policy", "near_miss"]),
    ("p-gas-stove", "how fast do u ship this", A, ["72"], None, ["en", "policy"]),
    # p-cooler-25l (en)
    (
        "p-cooler-25l",
        "盖子上能坐人吗 当凳子用",
        A,
        [],
        Y,
        ["zh", "description", "yesno", "paraphrase"],
    ),
    (
        "p-cooler-25l",
        "can i let the melted water out without tipping the whole thing",
        A,
        [],
        Y,
        ["en", "faq", "yesno", "paraphrase"],
    ),
    ("p-cooler-25l", "how many cans of beer fit in it? 🍺", U, [], None, ["en", "near_miss"]),
    (
        "p-cooler-25l",
        "how long will the ice last in 35 degree heat tho? 🥵",
        U,
        [],
        None,
        ["en", "near_miss"],
    ),
    # p-trekking-poles (zh)
    ("p-trekking-poles", "are the handles cork?", A, ["EVA"], N, ["en", "component", "yesno"]),
    ("p-trekking-poles", "蓝的还有货不", A, [], N, ["zh", "sku", "yesno"]),
    ("p-trekking-poles", "杖子能承受多大的力 我200斤撑着会断吗", U, [], None, ["zh", "near_miss"]),
    # p-down-bag (en)
    (
        "p-down-bag",
        "can i zip two of these together? for me n my gf 💑",
        A,
        [],
        Y,
        ["en", "description", "yesno", "paraphrase"],
    ),
    (
        "p-down-bag",
        "whats inside keeping u warm, goose down?",
        A,
        ["duck"],
        N,
        ["en", "yesno", "paraphrase"],
    ),
    ("p-down-bag", "里面贴身那层是什么料子", U, [], None, ["zh", "component", "near_miss"]),
    # p-surf-rod (zh)
    ("p-surf-rod", "5米4的还有吗", A, [], N, ["zh", "sku", "yesno"]),
    ("p-surf-rod", "6.3米的多少钱", U, [], None, ["zh", "sku", "price", "near_miss"]),
    ("p-surf-rod", "how heavy is the rod", U, [], None, ["en"]),
    # p-hammock (en)
    (
        "p-hammock",
        "how long are the straps that go round the tree?",
        A,
        ["3"],
        None,
        ["en", "component", "paraphrase"],
    ),
    ("p-hammock", "有蓝色的吗", A, [], N, ["zh", "yesno"]),
    (
        "p-hammock",
        "how much weight are the carabiners rated for?",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    # p-egg-table (zh)
    ("p-egg-table", "桌腿也是铝的吗", A, [], N, ["zh", "component", "yesno"]),
    ("p-egg-table", "桌子刷了什么漆 会不会掉色", U, [], None, ["zh"]),
    # p-drill-12v (zh)
    ("p-drill-12v", "能打水泥墙吗 想装个置物架", A, [], N, ["zh", "faq", "yesno", "paraphrase"]),
    (
        "p-drill-12v",
        "how long does one battery last when screwing?",
        U,
        [],
        None,
        ["en", "near_miss"],
    ),
    ("p-drill-12v", "两块电池的那个多少钱", A, ["259"], None, ["zh", "sku", "price"]),
    ("p-drill-12v", "warranty on this drill?", U, [], None, ["en", "policy", "near_miss"]),
    # p-tele-ladder (en)
    (
        "p-tele-ladder",
        "how heavy is the ladder itself, can one person carry it?",
        A,
        ["11"],
        None,
        ["en", "paraphrase"],
    ),
    ("p-tele-ladder", "最多能站多重的人", A, ["150"], None, ["zh", "paraphrase"]),
    (
        "p-tele-ladder",
        "are the feet rubber / anti slip?",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    ("p-tele-ladder", "这梯子保修多久", U, [], None, ["zh", "policy", "near_miss"]),
    # p-kids-paint (zh)
    (
        "p-kids-paint",
        "after painting when can my baby sleep in the room?",
        A,
        ["15"],
        None,
        ["en", "faq", "paraphrase"],
    ),
    ("p-kids-paint", "燕麦色还有没", A, [], N, ["zh", "sku", "yesno"]),
    ("p-kids-paint", "买回去先不刷 能放多久 会过期吗", A, ["3"], None, ["zh", "paraphrase"]),
    (
        "p-kids-paint",
        "how long does delivery take for paint?",
        U,
        [],
        None,
        ["en", "policy", "near_miss"],
    ),
    # p-laser-meter (en)
    (
        "p-laser-meter",
        "can it do feet instead of meters",
        A,
        [],
        Y,
        ["en", "faq", "yesno", "paraphrase"],
    ),
    ("p-laser-meter", "能连蓝牙传到手机app吗", U, [], None, ["zh"]),
    # p-shower-set (zh)
    (
        "p-shower-set",
        "那根管子多长啊 我家浴室挺高的",
        A,
        ["1.5"],
        None,
        ["zh", "component", "paraphrase"],
    ),
    ("p-shower-set", "黑色的多少钱", A, ["99"], None, ["zh", "sku", "price"]),
    ("p-shower-set", "有没有过滤水垢的滤芯", U, [], None, ["zh"]),
    # p-smart-lock (en)
    ("p-smart-lock", "锁体把手这些机械部分保几年", U, [], None, ["zh", "component", "near_miss"]),
    ("p-smart-lock", "how soon does it ship", A, ["24"], None, ["en", "policy"]),
    (
        "p-smart-lock",
        "what grade is the lock cylinder? C class?",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    # p-led-strip (zh)
    (
        "p-led-strip",
        "how long is the power cord?",
        A,
        ["1"],
        None,
        ["en", "description", "component"],
    ),
    ("p-led-strip", "能用手机控制吗", A, [], Y, ["zh", "yesno", "paraphrase"]),
    ("p-led-strip", "is it waterproof? going on my balcony", U, [], None, ["en"]),
    ("p-led-strip", "20米的多少钱", U, [], None, ["zh", "sku", "price", "near_miss"]),
    # p-tool-kit (en)
    ("p-tool-kit", "里面卷尺多长", A, ["3"], None, ["zh", "component", "description"]),
    ("p-tool-kit", "is the case metal?", A, [], N, ["en", "component", "yesno", "paraphrase"]),
    (
        "p-tool-kit",
        "does the hammer have a fiberglass handle?",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    # p-wallpaper (zh)
    (
        "p-wallpaper",
        "how many sqm does one roll cover?",
        A,
        ["6"],
        None,
        ["en", "description", "paraphrase"],
    ),
    # p-dehumidifier (en)
    (
        "p-dehumidifier",
        "does it stop by itself when full?",
        A,
        [],
        Y,
        ["en", "yesno", "paraphrase"],
    ),
    ("p-dehumidifier", "有定时功能吗 晚上想定时关", U, [], None, ["zh"]),
    # p-bath-rack (zh)
    ("p-bath-rack", "贴了墙纸的墙上能粘吗", A, [], N, ["zh", "description", "yesno"]),
    ("p-bath-rack", "双层的多少钱", A, ["69"], None, ["zh", "sku", "price"]),
    ("p-bath-rack", "will it rust in a steamy bathroom?", U, [], None, ["en"]),
    # p-car-vacuum (zh)
    ("p-car-vacuum", "how long does it run on one charge?", U, [], None, ["en", "near_miss"]),
    ("p-car-vacuum", "一会儿秒杀多少钱 几点开始", A, ["99"], None, ["zh", "price"]),
    ("p-car-vacuum", "how long to fully charge?", A, ["3"], None, ["en"]),
    ("p-car-vacuum", "现在下单啥价", A, ["139"], None, ["zh", "price"]),
    # p-mag-mount (en)
    ("p-mag-mount", "我车是圆形出风口能用吗", A, [], N, ["zh", "description", "yesno"]),
    (
        "p-mag-mount",
        "what's the pad that touches the phone made of",
        A,
        ["silicone"],
        None,
        ["en", "component"],
    ),
    ("p-mag-mount", "能承重多少 手机太重会不会掉", U, [], None, ["zh", "near_miss"]),
    # p-seat-cushion (zh)
    ("p-seat-cushion", "does it fit a model y 🚗", A, [], Y, ["en", "faq", "yesno"]),
    ("p-seat-cushion", "宝 整套5座的多少钱呀", A, ["399"], None, ["zh", "sku", "price"]),
    ("p-seat-cushion", "is it heated for winter?", U, [], None, ["en"]),
    ("p-seat-cushion", "7座的车能用吗", U, [], None, ["zh", "near_miss"]),
    # p-dashcam (en)
    ("p-dashcam", "后摄像头的线多长 我是SUV", A, ["6"], None, ["zh", "component", "description"]),
    (
        "p-dashcam",
        "how much is the front + rear one right now?",
        A,
        ["429"],
        None,
        ["en", "sku", "price"],
    ),
    ("p-dashcam", "does it hv gps", U, [], None, ["en"]),
    # p-tire-pump (zh)
    (
        "p-tire-pump",
        "打气那根管子多长 够得着后轮不",
        A,
        ["40"],
        None,
        ["zh", "component", "description", "paraphrase"],
    ),
    ("p-tire-pump", "how many tires can it do on one charge", U, [], None, ["en", "near_miss"]),
    ("p-tire-pump", "能给篮球打气吗", A, [], Y, ["zh", "description", "yesno"]),
    # p-jump-starter (en)
    (
        "p-jump-starter",
        "can it charge my phone too",
        A,
        [],
        Y,
        ["en", "faq", "yesno", "paraphrase"],
    ),
    ("p-jump-starter", "how long does it take to recharge it", U, [], None, ["en", "near_miss"]),
    ("p-jump-starter", "充满一次能打几次火", A, ["30"], None, ["zh", "description"]),
    # p-floor-mats (zh)
    ("p-floor-mats", "how long till it ships", A, ["3", "5"], None, ["en", "policy"]),
    ("p-floor-mats", "买错了不合适能退吗", A, ["7"], Y, ["zh", "policy", "yesno", "paraphrase"]),
    (
        "p-floor-mats",
        "what's on the underside, anti-slip nubs?",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    # p-vent-aroma (en)
    ("p-vent-aroma", "一个香片能用多久", A, ["45"], None, ["zh", "description", "paraphrase"]),
    ("p-vent-aroma", "cologne one still avalable?", A, [], N, ["en", "sku", "yesno"]),
    ("p-vent-aroma", "香膏是什么成分 孕妇闻了没事吧", U, [], None, ["zh"]),
    # p-car-charger (zh)
    (
        "p-car-charger",
        "how long is the cable in the box",
        A,
        ["1"],
        None,
        ["en", "description", "component"],
    ),
    ("p-car-charger", "does it show the battery voltage on a display?", U, [], None, ["en"]),
    ("p-car-charger", "送的那根线最大多少瓦", A, ["60"], None, ["zh", "component", "description"]),
    # p-trunk-org (en)
    ("p-trunk-org", "空着的时候多重", A, ["1.2"], None, ["zh", "paraphrase"]),
    (
        "p-trunk-org",
        "max weight it can hold before the bottom sags?",
        U,
        [],
        None,
        ["en", "near_miss"],
    ),
    # p-puer-357 (zh)
    ("p-puer-357", "how much is it rn?? 🔥", A, ["168"], None, ["en", "price"]),
    ("p-puer-357", "这饼是哪年压的呀", A, ["2021"], None, ["zh", "description"]),
    ("p-puer-357", "不喜欢喝能退吗", A, [], N, ["zh", "policy", "yesno"]),
    ("p-puer-357", "是古树茶还是台地茶", U, [], None, ["zh"]),
    # p-longjing (zh)
    ("p-longjing", "is it real west lake core area tea??", A, [], N, ["en", "faq", "yesno"]),
    ("p-longjing", "how long before it expires", A, ["18"], None, ["en", "paraphrase"]),
    ("p-longjing", "是今年的新茶吗", U, [], None, ["zh", "near_miss"]),
    # p-beef-jerky (en)
    ("p-beef-jerky", "extra spicy in stock? 🌶️🌶️", A, [], N, ["en", "sku", "yesno"]),
    ("p-beef-jerky", "where do u ship from", A, ["Hohhot"], None, ["en", "policy"]),
    (
        "p-beef-jerky",
        "how long does shipping take to Shanghai?",
        U,
        [],
        None,
        ["en", "policy", "near_miss"],
    ),
    # p-wild-honey (zh)
    ("p-wild-honey", "宝宝8个月了能吃吗", A, [], N, ["zh", "description", "yesno", "paraphrase"]),
    ("p-wild-honey", "瓶子是塑料的吗", A, ["玻璃"], N, ["zh", "yesno"]),
    ("p-wild-honey", "是哪年采的蜜", U, [], None, ["zh"]),
    # p-wuchang-rice (en)
    ("p-wuchang-rice", "新疆能发货吗", A, [], N, ["zh", "policy", "yesno"]),
    ("p-wuchang-rice", "how long do i cook it in a rice cooker", U, [], None, ["en"]),
    ("p-wuchang-rice", "五常哪个乡镇的米", U, [], None, ["zh", "near_miss"]),
    # p-goji (zh)
    ("p-goji", "会不会熏过硫 吃着放心不", A, [], N, ["zh", "faq", "yesno", "paraphrase"]),
    ("p-goji", "能放多久", A, ["12"], None, ["zh", "paraphrase"]),
    # p-snack-box (en)
    ("p-snack-box", "any sugar free snacks in there?", U, [], None, ["en"]),
    # p-hotpot-base (zh)
    ("p-hotpot-base", "用的牛油还是菜籽油", A, ["牛油"], None, ["zh", "paraphrase"]),
    (
        "p-hotpot-base",
        "how spicy is the extra hot, like scoville number?",
        U,
        [],
        None,
        ["en", "near_miss"],
    ),
    # p-coffee-beans (en)
    (
        "p-coffee-beans",
        "家人们能帮忙磨成粉吗 家里没磨豆机",
        A,
        [],
        Y,
        ["zh", "faq", "yesno", "paraphrase"],
    ),
    ("p-coffee-beans", "is it decaf?", U, [], None, ["en"]),
    ("p-coffee-beans", "when were the beans roasted?", A, ["7"], None, ["en", "paraphrase"]),
    ("p-coffee-beans", "豆子是今年新产季的吗", U, [], None, ["zh", "near_miss"]),
    # p-morel (zh)
    ("p-morel", "泡发的水能用吗", A, [], Y, ["zh", "description", "yesno"]),
    # p-travel-tea (zh)
    ("p-travel-tea", "can i put the pot on my camping stove?", A, [], N, ["en", "faq", "yesno"]),
    ("p-travel-tea", "收纳包防水吗", U, [], None, ["zh", "component", "near_miss"]),
    # p-down-jacket (zh)
    ("p-down-jacket", "有XXL吗 我胖", A, [], N, ["zh", "sku", "yesno"]),
    ("p-down-jacket", "雾蓝的多少钱呀亲", A, ["429"], None, ["zh", "sku", "price"]),
    ("p-down-jacket", "袖子里面的里布是什么料", U, [], None, ["zh", "component", "near_miss"]),
    (
        "p-down-jacket",
        "how much is the XXL in black",
        U,
        [],
        None,
        ["en", "sku", "price", "near_miss"],
    ),
    # p-linen-dress (en)
    ("p-linen-dress", "is the skirt part lined or nah", A, [], Y, ["en", "component", "yesno"]),
    ("p-linen-dress", "sage in small?", A, [], N, ["en", "sku", "yesno"]),
    (
        "p-linen-dress",
        "is the zipper metal or plastic",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    (
        "p-linen-dress",
        "will the skirt be see through in sunlight",
        A,
        [],
        N,
        ["en", "faq", "yesno"],
    ),
    # p-wool-cardigan (zh)
    ("p-wool-cardigan", "扣子啥材质", A, ["贝壳"], None, ["zh", "component", "description"]),
    ("p-wool-cardigan", "does it pill after a few washes?", U, [], None, ["en"]),
    # p-canvas-tote (en)
    ("p-canvas-tote", "包本身多重", A, ["480"], None, ["zh", "paraphrase"]),
    (
        "p-canvas-tote",
        "any zipped pocket inside for my keys n stuff?",
        A,
        [],
        Y,
        ["en", "description", "yesno"],
    ),
    ("p-canvas-tote", "提手能承重多少 装书会不会断", U, [], None, ["zh", "component", "near_miss"]),
    # p-shark-pants (zh)
    ("p-shark-pants", "加绒的多少钱", A, ["89"], None, ["zh", "sku", "price"]),
    ("p-shark-pants", "will it pill after washing?", A, [], N, ["en", "faq", "yesno"]),
    ("p-shark-pants", "有口袋吗 放手机", U, [], None, ["zh"]),
    (
        "p-shark-pants",
        "price of the XXL fleece one?",
        U,
        [],
        None,
        ["en", "sku", "price", "near_miss"],
    ),
    ("p-shark-pants", "我120斤穿多大码", A, ["L"], None, ["zh", "description", "paraphrase"]),
    # p-polarized-sun (en)
    ("p-polarized-sun", "镜框什么材质", A, ["TR90"], None, ["zh", "component"]),
    (
        "p-polarized-sun",
        "what are the nose pads made of",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
    ("p-polarized-sun", "pink ones sold out?", A, [], Y, ["en", "sku", "yesno"]),
    # p-silk-scarf (zh)
    (
        "p-silk-scarf",
        "can i just throw it in the washer",
        A,
        [],
        N,
        ["en", "faq", "yesno", "paraphrase"],
    ),
    ("p-silk-scarf", "是苏州产的吗", U, [], None, ["zh"]),
    # p-chelsea-boots (en)
    ("p-chelsea-boots", "do they run small or big?", A, ["small"], None, ["en", "description"]),
    ("p-chelsea-boots", "棕色37码多少钱", A, ["419"], None, ["zh", "sku", "price"]),
    (
        "p-chelsea-boots",
        "if i send them back do i pay the postage?",
        A,
        [],
        N,
        ["en", "policy", "yesno"],
    ),
    ("p-chelsea-boots", "靴筒围多少 小腿粗能穿吗", U, [], None, ["zh", "near_miss"]),
    # p-3in1-jacket (zh)
    (
        "p-3in1-jacket",
        "里面那层能拆下来单穿吗",
        A,
        [],
        Y,
        ["zh", "component", "description", "yesno"],
    ),
    ("p-3in1-jacket", "紫色M码还有木有", A, [], N, ["zh", "sku", "yesno"]),
    ("p-3in1-jacket", "does the hood zip off?", U, [], None, ["en", "component", "near_miss"]),
    # p-crossbody (en)
    ("p-crossbody", "is the strap leather too?", A, [], N, ["en", "component", "yesno"]),
    ("p-crossbody", "will my 6.7 inch iphone fit", A, ["6.7"], Y, ["en", "description", "yesno"]),
    (
        "p-crossbody",
        "whats the inside lining made of",
        U,
        [],
        None,
        ["en", "component", "near_miss"],
    ),
]

ALLOWED_TAGS = {
    "zh",
    "en",
    "cross_lingual",
    "paraphrase",
    "sku",
    "component",
    "description",
    "faq",
    "policy",
    "price",
    "yesno",
    "near_miss",
    "unanswerable",
}
CJK = re.compile(r"[\u3400-\u9fff]")


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------


def money(v) -> Decimal:
    return Decimal(str(v))


def product_fields(p: dict, flash: list[dict]) -> dict[str, str]:
    """The product's own data, grouped (lower-cased text) — what an expected string may come from."""

    def flat(obj):
        if isinstance(obj, dict):
            return " ".join(f"{k} {flat(v)}" for k, v in obj.items())
        if isinstance(obj, list):
            return " ".join(flat(x) for x in obj)
        return str(obj)

    prices = [str(p["price"]), str(p.get("original_price", ""))]
    prices += [str(s["price"]) for s in p.get("skus", [])]
    prices += [str(f["price"]) for f in flash]
    groups = {
        "title": p["title"],
        "description": p.get("description", ""),
        "brand": p.get("brand", ""),
        "attributes": flat(p.get("attributes", {})),
        "sku": flat(p.get("skus", [])),
        "faq": flat(p.get("faqs", [])),
        "policy": f"{p.get('shipping', '')} {p.get('return_policy', '')}",
        "price": " ".join(prices),
    }
    return {k: v.lower() for k, v in groups.items()}


def check_catalog(errors: list[str]) -> None:
    seen = set()
    for p in PRODUCTS:
        pid = p["id"]
        if pid in seen:
            errors.append(f"duplicate product id {pid}")
        seen.add(pid)
        if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", pid):
            errors.append(f"{pid}: bad id")
        if len(p["title"]) > 200:
            errors.append(f"{pid}: title too long")
        if money(p["price"]) <= 0:
            errors.append(f"{pid}: price must be > 0")
        if "original_price" in p and money(p["original_price"]) < money(p["price"]):
            errors.append(f"{pid}: original_price below price")
        skus = p.get("skus", [])
        ids = [s["id"] for s in skus]
        if len(ids) != len(set(ids)):
            errors.append(f"{pid}: duplicate SKU ids")
        for s in skus:
            if not re.fullmatch(r"[A-Za-z0-9_.:-]{1,64}", s["id"]):
                errors.append(f"{pid}: bad SKU id {s['id']}")
            if money(s["price"]) <= 0 or s["stock"] < 0:
                errors.append(f"{pid}/{s['id']}: bad price or stock")
        if skus and p["stock"] != sum(s["stock"] for s in skus):
            errors.append(f"{pid}: stock is not the sum of SKU stock")
    fseen = set()
    by_id = {p["id"]: p for p in PRODUCTS}
    for f in FLASH_SALES:
        if f["id"] in fseen:
            errors.append(f"duplicate flash sale id {f['id']}")
        fseen.add(f["id"])
        p = by_id.get(f["product_id"])
        if p is None:
            errors.append(f"flash {f['id']}: unknown product {f['product_id']}")
            continue
        if "sku_id" in f:
            s = {s["id"]: s for s in p.get("skus", [])}.get(f["sku_id"])
            if s is None:
                errors.append(f"flash {f['id']}: unknown sku {f['sku_id']}")
            elif money(f["price"]) >= money(s["price"]):
                errors.append(f"flash {f['id']}: price not below SKU price")
        elif money(f["price"]) >= money(p["price"]):
            errors.append(f"flash {f['id']}: price not below product price")


def build_items(errors: list[str]) -> list[dict]:
    by_id = {p["id"]: p for p in PRODUCTS}
    flash_by = {}
    for f in FLASH_SALES:
        flash_by.setdefault(f["product_id"], []).append(f)
    items = []
    seen_q = set()
    for n, (pid, question, answerable, expected, polarity, tags) in enumerate(QA_RAW, 1):
        qid = f"dq3-{n:03d}"
        where = f"{qid} ({pid}: {question!r})"
        if qid in seen_q:
            errors.append(f"{where}: duplicate item id")
        seen_q.add(qid)
        p = by_id.get(pid)
        if p is None:
            errors.append(f"{where}: unknown product id {pid}")
            continue
        if (pid, question) in {(i["product_id"], i["question"]) for i in items}:
            errors.append(f"{where}: duplicate question")
        tags = list(tags)
        bad = set(tags) - ALLOWED_TAGS
        if bad:
            errors.append(f"{where}: unknown tags {sorted(bad)}")
        if len(tags) != len(set(tags)):
            errors.append(f"{where}: a tag is repeated")
        langs = [t for t in tags if t in ("zh", "en")]
        if len(langs) != 1:
            errors.append(f"{where}: needs exactly one of zh/en")
            continue
        qlang = langs[0]
        has_cjk = bool(CJK.search(question))
        if (qlang == "zh") != has_cjk:
            errors.append(
                f"{where}: tagged {qlang} but the question {'has' if has_cjk else 'has no'} Chinese"
            )
        if "cross_lingual" in tags or "unanswerable" in tags:
            errors.append(f"{where}: cross_lingual/unanswerable are computed, do not write them")
        if qlang != LANG[pid]:
            tags.append("cross_lingual")
        if polarity not in (None, "yes", "no"):
            errors.append(f"{where}: polarity must be yes or no")
        if answerable:
            if not expected and polarity is None:
                errors.append(f"{where}: answerable with no expected strings and no polarity")
            if (polarity is not None) != ("yesno" in tags):
                errors.append(f"{where}: a yes/no item needs both the yesno tag and a polarity")
            if "near_miss" in tags:
                errors.append(f"{where}: near_miss is for unanswerable items")
        else:
            tags.append("unanswerable")
            if expected or polarity is not None:
                errors.append(
                    f"{where}: unanswerable items take no expected strings and no polarity"
                )
        fields = product_fields(p, flash_by.get(pid, []))
        everything = " ".join(fields.values())
        for e in expected:
            if not e.strip():
                errors.append(f"{where}: empty expected string")
            elif e.lower() not in everything:
                errors.append(f"{where}: expected {e!r} does not occur in {pid}'s data")
        # the slice tag must be where the fact is
        slice_field = {
            "description": ["description"],
            "faq": ["faq"],
            "policy": ["policy"],
            "sku": ["sku", "price"],
            "price": ["price"],
        }
        if answerable:
            for tag, groups in slice_field.items():
                if tag in tags:
                    for e in expected:
                        if not any(e.lower() in fields[g] for g in groups):
                            errors.append(
                                f"{where}: tagged {tag} but {e!r} is not in the {'/'.join(groups)} data"
                            )
            if "description" in tags and not fields["description"]:
                errors.append(f"{where}: tagged description but {pid} has none")
            if "faq" in tags and not fields["faq"]:
                errors.append(f"{where}: tagged faq but {pid} has no FAQ")
        item = {
            "id": qid,
            "product_id": pid,
            "question": question,
            "answerable": answerable,
            "expected": list(expected),
        }
        if polarity is not None:
            item["polarity"] = polarity
        item["tags"] = tags
        items.append(item)
    return items


def main() -> int:
    errors: list[str] = []
    check_catalog(errors)
    items = build_items(errors)
    if errors:
        for e in errors:
            print(f"build.py: {e}", file=sys.stderr)
        print(f"build.py: refusing to write: {len(errors)} problem(s)", file=sys.stderr)
        return 1

    lines = [
        f"// anchor: {ANCHOR}",
        "// dev-qa3 — 阿峰山野好物 (Kuaishou outdoor / home improvement / car / tea & food / women's fashion)",
        "// generated by eval/dev-qa3/build.py — edit that file, not this one",
    ]
    for rec in [CREATOR, *PRODUCTS, LIVE_ROOM, *FLASH_SALES]:
        lines.append(json.dumps(rec, ensure_ascii=False))
    (HERE / "products.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "qa.jsonl").write_text(
        "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8"
    )

    # summary
    from collections import Counter

    tags = Counter(t for i in items for t in i["tags"])
    langs = Counter(LANG.values())
    ans = sum(i["answerable"] for i in items)
    print(
        f"products: {len(PRODUCTS)} (zh {langs['zh']}, en {langs['en']}); flash sales: {len(FLASH_SALES)}"
    )
    print(f"items: {len(items)} ({ans} answerable, {len(items) - ans} unanswerable)")
    for t, c in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {t:14s} {c}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
