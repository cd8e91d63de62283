#!/usr/bin/env python3
"""dev-search3: a search evaluation set for 禾悦好物社 / Heyue Goods, a made-up live-room store.

Standard library only. Holds the catalog, the queries and the judgments as Python data and
writes, next to this file:

  products.jsonl   catalog interchange format (docs/catalog-format.md), anchor on line 1
  queries.jsonl    {"id": "ds3-001", "text": ..., "tags": [...]}
  qrels.tsv        query_id<TAB>product_id<TAB>grade

Nothing is written if a judgment breaks a rule (see check()). Written without reading the
search code, its tests or any other evaluation set; see README.md.

Products are referred to by a short descriptive key in this file; the emitted product ids are
neutral (hy-001 ...) in catalog order, so that no English word in an id can help (or hurt) a
Chinese listing. Append new products at the end to keep the ids stable.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANCHOR_TEXT = "2026-12-12T20:00:00+08:00"
ANCHOR = datetime.fromisoformat(ANCHOR_TEXT)

# --------------------------------------------------------------------------------------------
# creators
# --------------------------------------------------------------------------------------------
CREATORS = [
    {
        "type": "creator",
        "id": "c-ayue",
        "name": "禾悦阿悦",
        "platform": "douyin",
        "handle": "heyue_ayue",
        "bio": "禾悦好物社主理人，每晚8点直播，美妆、服饰、母婴、家居、零食都卖，只卖自己用过的。",
        "followers": 1860000,
    },
    {
        "type": "creator",
        "id": "c-laoli",
        "name": "老李健康生活馆",
        "platform": "douyin",
        "handle": "laoli_jiankang",
        "bio": "专做中老年健康好物，血压计、按摩仪、护膝，给爸妈买放心。",
        "followers": 420000,
    },
]

ZH_SHOP, EN_SHOP = "禾悦好物社官方店", "Heyue Goods Official Store"
ZH_SHIP = "48小时内发货，包邮（偏远地区除外）"
EN_SHIP = "Ships within 48 hours, free shipping (remote areas excluded)"

PRODUCTS: list[dict] = []  # in catalog order; "key" is internal only
KEY_TO_ID: dict[str, str] = {}


def P(
    key,
    lang,
    title,
    category,
    price,
    stock=None,
    *,
    orig=None,
    brand=None,
    desc=None,
    attrs=None,
    tags=None,
    skus=None,
    faqs=None,
    status=None,
    creator="c-ayue",
    shop=None,
    ship=None,
    ret=None,
):
    """Add one product. lang is 'zh' or 'en'; skus is a list of (id, attributes, price, stock)."""
    rec = {
        "type": "product",
        "key": key,
        "title": title,
        "category": category,
        "price": f"{Decimal(str(price)):.2f}",
    }
    if orig is not None:
        rec["original_price"] = f"{Decimal(str(orig)):.2f}"
    if skus:
        rec["skus"] = [
            {"id": i, "attributes": a, "price": f"{Decimal(str(p)):.2f}", "stock": s}
            for (i, a, p, s) in skus
        ]
        rec["stock"] = sum(s for (_, _, _, s) in skus)
        if stock is not None and stock != rec["stock"]:
            raise SystemExit(f"{key}: stock {stock} is not the SKU sum {rec['stock']}")
        if Decimal(rec["price"]) != min(Decimal(s["price"]) for s in rec["skus"]):
            raise SystemExit(f"{key}: product price must be the cheapest SKU price")
    else:
        rec["stock"] = stock
    if status:
        rec["status"] = status
    if desc:
        rec["description"] = desc
    if brand:
        rec["brand"] = brand
    rec["shop"] = shop or (ZH_SHOP if lang == "zh" else EN_SHOP)
    rec["creator_id"] = creator
    if attrs:
        rec["attributes"] = attrs
    if faqs:
        rec["faqs"] = [{"q": q, "a": a} for q, a in faqs]
    rec["images"] = [f"https://img.heyue.example/{key}/1.jpg"]
    if tags:
        rec["tags"] = tags
    rec["shipping"] = ship or (ZH_SHIP if lang == "zh" else EN_SHIP)
    if ret:
        rec["return_policy"] = ret
    rec["language"] = "zh-CN" if lang == "zh" else "en"
    if key in KEY_TO_ID:
        raise SystemExit(f"duplicate product key {key}")
    KEY_TO_ID[key] = f"hy-{len(PRODUCTS) + 1:03d}"
    PRODUCTS.append(rec)


LAOLI_ZH, LAOLI_EN = "老李健康生活馆", "Lao Li Health Store"

# ---------------------------------------------------------------- beauty & skincare
P(
    "facecream_zh",
    "zh",
    "角鲨烷高保湿面霜 50g 干皮救星 秋冬修护屏障",
    "美妆/护肤/面霜",
    129,
    80,
    orig=199,
    brand="润初",
    desc="角鲨烷+神经酰胺，质地丰润好推开，换季脸上起皮、泛红紧绷的干皮可以闭眼入。早晚洁面后取黄豆大小。",
    attrs={"净含量": "50g", "适合肤质": "干皮/混干", "功效": "保湿修护"},
    tags=["干皮", "保湿", "秋冬"],
    faqs=[("油皮能用吗", "偏滋润，油皮建议只晚上用或选清爽型产品。")],
)
P(
    "eyecream_zh",
    "zh",
    "胜肽淡纹眼霜 20g 熬夜党 淡化黑眼圈细纹",
    "美妆/护肤/眼霜",
    159,
    40,
    orig=239,
    brand="润初",
    desc="六胜肽+咖啡因，按摩头设计，早晚点涂眼周。",
    attrs={"净含量": "20g", "功效": "淡纹/淡化黑眼圈"},
    tags=["熬夜", "眼周护理"],
)
P(
    "handcream_zh",
    "zh",
    "乳木果滋润护手霜 30g×3支 礼盒装",
    "美妆/身体护理/护手霜",
    39,
    200,
    brand="暖知",
    desc="乳木果油+甘油，秋冬手部干裂起倒刺的救星，不黏腻，三种香味一盒，送同事送闺蜜都合适。",
    attrs={"规格": "30g×3", "香型": "白茶/玫瑰/柚子"},
    tags=["秋冬", "防干裂", "小礼物"],
)
P(
    "lipbalm_zh",
    "zh",
    "无色润唇膏 羊毛脂 男女通用 4g",
    "美妆/唇部护理/润唇膏",
    25,
    300,
    brand="暖知",
    desc="无色无香，嘴唇干裂起皮时随时补涂。",
    attrs={"净含量": "4g"},
    tags=["秋冬", "唇部干裂"],
)
P(
    "sunscreen_zh",
    "zh",
    "轻薄防晒霜 SPF50+ PA++++ 军训户外 不假白",
    "美妆/护肤/防晒",
    89,
    120,
    brand="润初",
    desc="水感质地，防水防汗，户外军训通勤都能用。",
    attrs={"防晒指数": "SPF50+ PA++++", "净含量": "50ml"},
    tags=["防晒", "户外"],
)
P(
    "aftersun_zh",
    "zh",
    "芦荟胶 晒后修护 舒缓补水 300g 大罐",
    "美妆/护肤/晒后修护",
    35,
    90,
    brand="暖知",
    desc="晒后泛红发烫时厚敷，舒缓镇静。注意：本品不具备防晒功能。",
    attrs={"净含量": "300g"},
    tags=["晒后", "舒缓"],
)
P(
    "cleanser_zh",
    "zh",
    "氨基酸洁面乳 温和不紧绷 敏感肌可用 120g",
    "美妆/护肤/洁面",
    59,
    150,
    brand="润初",
    desc="氨基酸表活，洗后不紧绷，敏感肌、干皮日常清洁。",
    attrs={"净含量": "120g", "适合肤质": "所有肤质"},
    tags=["温和", "敏感肌"],
)
P(
    "mcleanser_zh",
    "zh",
    "男士控油洗面奶 去黑头 清爽 150g",
    "美妆/男士护理/洁面",
    49,
    100,
    brand="型初",
    desc="水杨酸+竹炭，油头油脸、毛孔粗大、长痘的男生早晚用。",
    attrs={"净含量": "150g", "适合肤质": "油皮/痘肌"},
    tags=["男士", "控油", "痘痘"],
)
P(
    "lipstick_zh",
    "zh",
    "丝绒哑光口红 显白 秋冬色号",
    "美妆/彩妆/口红",
    99,
    skus=[
        ("r01", {"色号": "#01 豆沙"}, 99, 30),
        ("r02", {"色号": "#02 正红"}, 99, 25),
        ("r03", {"色号": "#03 枫叶棕"}, 99, 0),
    ],
    brand="绯语",
    desc="丝绒雾面，不拔干，礼盒包装，适合送女朋友。",
    tags=["显白", "礼物"],
)
P(
    "sheetmask_zh",
    "zh",
    "玻尿酸补水面膜 10片装 急救保湿",
    "美妆/护肤/面膜",
    69,
    200,
    brand="润初",
    desc="三重玻尿酸，一片精华半瓶，熬夜后、换季干燥时敷。",
    attrs={"规格": "25ml×10片"},
    tags=["补水", "保湿"],
)
P(
    "bodylotion_zh",
    "zh",
    "烟酰胺身体乳 400ml 滋润不黏 秋冬嫩肤",
    "美妆/身体护理/身体乳",
    79,
    100,
    brand="暖知",
    desc="洗澡后全身涂抹，改善秋冬腿上干痒起皮。",
    attrs={"净含量": "400ml"},
    tags=["秋冬", "身体护理"],
)
P(
    "shampoo_zh",
    "zh",
    "无硅油控油蓬松洗发水 500ml",
    "美妆/洗护/洗发水",
    59,
    120,
    brand="暖知",
    desc="适合油头，洗后蓬松不塌。干枯发质建议搭配护发产品。",
    attrs={"净含量": "500ml", "适合发质": "油性"},
    tags=["控油", "蓬松"],
)
P(
    "cushion_zh",
    "zh",
    "气垫粉底液 遮瑕持妆 油皮亲妈 12g",
    "美妆/彩妆/粉底",
    139,
    60,
    brand="绯语",
    desc="控油持妆8小时，附替换芯。",
    attrs={"色号": "自然色/象牙白", "适合肤质": "油皮/混油"},
    tags=["持妆", "遮瑕"],
)
P(
    "toner_en",
    "en",
    "Hydrating Toner with Hyaluronic Acid, 200 ml",
    "Beauty/Skincare/Toner",
    89,
    70,
    brand="Lumina",
    desc="An alcohol-free toner that floods thirsty skin with moisture right after cleansing. Pat in with your palms or use as a 5-minute cotton mask.",
    attrs={"Volume": "200 ml", "Skin type": "Dry, normal, sensitive"},
    tags=["hydrating", "alcohol-free"],
)
P(
    "serum_en",
    "en",
    "Vitamin C Brightening Serum, 30 ml",
    "Beauty/Skincare/Serum",
    169,
    50,
    orig=229,
    brand="Lumina",
    desc="15% vitamin C with ferulic acid to even out dull skin tone. Use in the morning, followed by sunscreen.",
    attrs={"Volume": "30 ml", "Key ingredient": "15% vitamin C"},
    tags=["brightening", "glow"],
)
P(
    "kidssunscreen_en",
    "en",
    "Kids Mineral Sunscreen Lotion SPF 30, Tear-Free",
    "Beauty/Skincare/Sunscreen",
    69,
    60,
    brand="Tinytoes",
    desc="Zinc-oxide only, fragrance-free and tear-free for children aged 6 months and up.",
    attrs={"SPF": "30", "Age": "6 months+", "Volume": "100 ml"},
    tags=["kids", "sensitive skin"],
)
P(
    "mmoisturizer_en",
    "en",
    "Men's Oil-Control Face Moisturizer, 100 ml",
    "Beauty/Men's Grooming/Moisturizer",
    99,
    50,
    brand="Ridge",
    desc="A light gel moisturizer for men with oily, shiny, breakout-prone skin. Absorbs in seconds, matte finish.",
    attrs={"Volume": "100 ml", "Skin type": "Oily / combination"},
    tags=["men", "oil control", "matte"],
)
P(
    "footcream_en",
    "en",
    "Cracked Heel Repair Foot Cream, 100 g",
    "Beauty/Body Care/Foot Care",
    45,
    80,
    brand="Lumina",
    desc="25% urea softens rough, cracked heels overnight. Wear cotton socks after applying.",
    attrs={"Weight": "100 g"},
    tags=["cracked heels", "foot care"],
)
P(
    "micellar_en",
    "en",
    "Micellar Cleansing Water 400 ml - Gentle Makeup Remover",
    "Beauty/Skincare/Makeup Remover",
    59,
    90,
    brand="Lumina",
    desc="Lifts makeup, sunscreen and dirt with one cotton pad, no rinsing needed.",
    attrs={"Volume": "400 ml"},
    tags=["makeup remover", "no rinse"],
)
P(
    "perfume_en",
    "en",
    "Floral Eau de Parfum for Women, 50 ml",
    "Beauty/Fragrance/Women's Perfume",
    259,
    30,
    orig=359,
    brand="Maison Lune",
    desc="Peony, pear and white musk. A soft, long-lasting floral scent in a gift box with a ribbon.",
    attrs={"Volume": "50 ml", "Scent": "Floral / musk", "For": "Women"},
    tags=["gift", "floral"],
)
P(
    "shaver_en",
    "en",
    "Men's Rotary Electric Shaver, Waterproof, USB-C",
    "Beauty/Men's Grooming/Shavers",
    199,
    40,
    brand="Ridge",
    desc="3 floating heads, wet and dry use, 60 minutes per charge, pop-up trimmer for sideburns.",
    attrs={"Battery": "60 min", "Waterproof": "IPX7"},
    tags=["men", "gift"],
)
P(
    "hairoil_en",
    "en",
    "Argan Hair Repair Oil for Dry, Frizzy Hair, 100 ml",
    "Beauty/Hair Care/Hair Oil",
    79,
    60,
    brand="Lumina",
    desc="Tames frizz and split ends; apply 2-3 drops to damp or dry lengths.",
    attrs={"Volume": "100 ml", "Hair type": "Dry, damaged"},
    tags=["frizz", "split ends"],
)
P(
    "nightcream_en",
    "en",
    "Retinol Night Cream, 50 ml",
    "Beauty/Skincare/Face Cream",
    189,
    40,
    brand="Lumina",
    desc="0.3% encapsulated retinol in a rich ceramide cream for fine lines. Use at night only.",
    attrs={"Volume": "50 ml", "Key ingredient": "0.3% retinol"},
    tags=["anti-aging", "night care"],
)
P(
    "toothbrush_en",
    "en",
    "Sonic Electric Toothbrush for Adults, 5 Modes",
    "Beauty/Oral Care/Electric Toothbrushes",
    129,
    70,
    brand="Brightly",
    desc="40,000 strokes a minute, 2-minute timer, 30 days per charge, 2 brush heads included.",
    attrs={"Modes": "5", "Battery": "30 days"},
    tags=["oral care"],
)

# ---------------------------------------------------------------- women's clothing & shoes
P(
    "wdown_zh",
    "zh",
    "女士白鸭绒短款羽绒服 90绒 加厚保暖 面包服",
    "女装/外套/羽绒服",
    399,
    orig=699,
    skus=[
        ("s", {"尺码": "S"}, 399, 20),
        ("m", {"尺码": "M"}, 399, 25),
        ("l", {"尺码": "L"}, 399, 15),
    ],
    brand="暖驿",
    desc="90%白鸭绒，充绒量180g，零下15度也扛得住，短款显高。",
    attrs={"填充物": "白鸭绒", "含绒量": "90%", "充绒量": "180g", "颜色": "黑色/奶白"},
    tags=["女装", "冬季", "保暖"],
)
P(
    "woolcoat_zh",
    "zh",
    "女士双面羊毛大衣 中长款 赫本风",
    "女装/外套/大衣",
    599,
    25,
    orig=999,
    brand="暖驿",
    desc="双面呢，羊毛含量80%，手工缝制。",
    attrs={"面料": "羊毛80%", "颜色": "驼色/黑色"},
    tags=["女装", "通勤"],
)
P(
    "wthermal_zh",
    "zh",
    "女士德绒自发热保暖内衣套装 秋衣秋裤",
    "女装/内衣/保暖内衣",
    79,
    skus=[
        ("m", {"尺码": "M"}, 79, 50),
        ("l", {"尺码": "L"}, 79, 60),
        ("xl", {"尺码": "XL"}, 79, 40),
    ],
    brand="暖驿",
    desc="德绒面料，亲肤发热，薄款不臃肿，打底穿。",
    attrs={"面料": "德绒"},
    tags=["女士", "保暖", "秋冬"],
)
P(
    "legging_zh",
    "zh",
    "加绒加厚打底裤 女 外穿 高腰显瘦",
    "女装/裤装/打底裤",
    49,
    200,
    brand="暖驿",
    desc="内里加绒，一条顶三条，冬天配裙子靴子。",
    attrs={"厚度": "加绒加厚", "颜色": "黑色/肤色"},
    tags=["女装", "加绒"],
)
P(
    "wsnowboots_zh",
    "zh",
    "女士加绒雪地靴 防滑 短筒 东北可穿",
    "女鞋/靴子/雪地靴",
    159,
    skus=[
        ("36", {"尺码": "36"}, 159, 10),
        ("37", {"尺码": "37"}, 159, 12),
        ("38", {"尺码": "38"}, 159, 12),
        ("39", {"尺码": "39"}, 159, 8),
    ],
    brand="暖驿",
    desc="羊毛混纺内里，橡胶防滑底，零下30度实测。",
    attrs={"鞋底": "橡胶防滑", "内里": "加绒"},
    tags=["女鞋", "冬季"],
)
P(
    "knitdress_zh",
    "zh",
    "秋冬针织连衣裙 女 中长款 修身",
    "女装/连衣裙",
    189,
    40,
    brand="暖驿",
    desc="软糯针织，配大衣或羽绒服。",
    attrs={"面料": "针织", "颜色": "燕麦色/黑色"},
    tags=["女装"],
)
P(
    "wgloves_zh",
    "zh",
    "女士触屏保暖手套 加绒 骑车防风",
    "女装/配饰/手套",
    39,
    100,
    brand="暖驿",
    desc="三指触屏，内里加绒，女士尺码。",
    attrs={"适用": "女士", "尺码": "均码（女）"},
    tags=["女士", "保暖"],
)
P(
    "scarf_en",
    "en",
    "Cashmere Blend Scarf, Unisex, Gift Box",
    "Fashion/Accessories/Scarves",
    129,
    0,
    brand="NorthPeak",
    desc="30% cashmere, 70% wool, 180 x 30 cm, in a gift box. Works for men and women.",
    attrs={"Material": "30% cashmere / 70% wool", "Size": "180 x 30 cm"},
    tags=["gift", "winter"],
)
P(
    "wsneakers_en",
    "en",
    "Women's Chunky Platform Sneakers",
    "Women's Shoes/Sneakers",
    229,
    45,
    brand="NorthPeak",
    desc="A 5 cm platform that adds height; a fashion sneaker for everyday wear, not for running.",
    attrs={"Sizes": "35-40", "Platform": "5 cm"},
    tags=["women", "fashion"],
)
P(
    "yoga_en",
    "en",
    "Women's High-Waist Yoga Leggings, Fleece-Lined",
    "Women's Clothing/Activewear/Leggings",
    89,
    70,
    brand="NorthPeak",
    desc="Brushed fleece inside for winter workouts or everyday wear, squat-proof fabric.",
    attrs={"Sizes": "S-XL", "Lining": "Fleece"},
    tags=["women", "winter", "activewear"],
)
P(
    "pajamas_en",
    "en",
    "Women's Coral Fleece Pajama Set, Winter",
    "Women's Clothing/Sleepwear",
    119,
    50,
    brand="NorthPeak",
    desc="Thick, soft coral fleece top and trousers. Women's sizes S-XL.",
    attrs={"Sizes": "S-XL (women)", "Material": "Coral fleece"},
    tags=["women", "sleepwear", "winter"],
)
P(
    "handbag_en",
    "en",
    "Women's Leather Crossbody Bag",
    "Women's Accessories/Bags",
    199,
    30,
    brand="Maison Lune",
    desc="Genuine leather shoulder bag with an adjustable strap, fits a phone and a wallet.",
    attrs={"Material": "Cowhide leather", "Colour": "Black / caramel"},
    tags=["women", "gift"],
)

# ---------------------------------------------------------------- men's clothing & shoes
P(
    "mdown_zh",
    "zh",
    "男士连帽加厚羽绒服 白鸭绒 防风防泼水",
    "男装/外套/羽绒服",
    499,
    orig=899,
    skus=[
        ("l", {"尺码": "L"}, 499, 15),
        ("xl", {"尺码": "XL"}, 499, 20),
        ("xxl", {"尺码": "XXL"}, 499, 10),
    ],
    brand="暖驿",
    desc="90%白鸭绒，充绒量260g，可拆卸帽子。",
    attrs={"填充物": "白鸭绒", "含绒量": "90%", "充绒量": "260g"},
    tags=["男装", "冬季"],
)
P(
    "mthermal_zh",
    "zh",
    "男士德绒保暖内衣套装 加厚",
    "男装/内衣/保暖内衣",
    89,
    skus=[
        ("l", {"尺码": "L"}, 89, 40),
        ("xl", {"尺码": "XL"}, 89, 40),
        ("xxl", {"尺码": "XXL"}, 89, 30),
    ],
    brand="暖驿",
    desc="德绒加厚，圆领打底，秋衣秋裤一套。",
    attrs={"面料": "德绒"},
    tags=["男士", "保暖"],
)
P(
    "mshoes_zh",
    "zh",
    "男士真皮商务皮鞋 软底 正装 系带",
    "男鞋/皮鞋",
    329,
    30,
    brand="稳步",
    desc="头层牛皮，软底不累脚，上班见客户都合适。",
    attrs={"材质": "头层牛皮", "尺码": "38-45"},
    tags=["男鞋", "商务"],
)
P(
    "belt_zh",
    "zh",
    "男士自动扣真皮皮带 礼盒装",
    "男装/配饰/皮带",
    89,
    80,
    brand="稳步",
    desc="头层牛皮，合金自动扣，礼盒包装，送爸爸送老公。",
    attrs={"材质": "头层牛皮", "长度": "120cm 可裁剪"},
    tags=["男士", "礼物"],
)
P(
    "mshirt_zh",
    "zh",
    "男士加绒保暖衬衫 商务免烫",
    "男装/衬衫",
    159,
    50,
    brand="稳步",
    desc="内里加绒，外穿是衬衫，冬天不用再套毛衣。",
    attrs={"尺码": "M-3XL", "颜色": "白/浅蓝"},
    tags=["男装", "加绒"],
)
P(
    "wallet_en",
    "en",
    "Men's Slim Leather Bifold Wallet, RFID Blocking",
    "Men's Accessories/Wallets",
    129,
    40,
    brand="Ridge",
    desc="Full-grain leather, 8 card slots, gift-boxed.",
    attrs={"Material": "Full-grain leather"},
    tags=["men", "gift"],
)
P(
    "hoodie_en",
    "en",
    "Men's Fleece Pullover Hoodie",
    "Men's Clothing/Hoodies & Sweatshirts",
    159,
    skus=[
        ("m", {"Size": "M"}, 159, 20),
        ("l", {"Size": "L"}, 159, 25),
        ("xl", {"Size": "XL"}, 159, 15),
    ],
    brand="Ridge",
    desc="Heavyweight 400 gsm brushed fleece with a kangaroo pocket.",
    attrs={"Fabric": "Cotton / polyester fleece"},
    tags=["men", "casual"],
)
P(
    "running_en",
    "en",
    "Men's Lightweight Running Shoes, Breathable",
    "Men's Shoes/Running",
    269,
    35,
    brand="Ridge",
    desc="Cushioned foam midsole and breathable mesh upper for daily runs.",
    attrs={"Sizes": "39-45", "Weight": "250 g"},
    tags=["men", "running", "sport"],
)
P(
    "socks_en",
    "en",
    "Men's Merino Wool Socks, 5 Pairs",
    "Men's Clothing/Socks",
    59,
    100,
    brand="NorthPeak",
    desc="Warm, breathable merino blend crew socks, sizes 39-44.",
    attrs={"Pack": "5 pairs"},
    tags=["men", "winter"],
)
P(
    "jeans_en",
    "en",
    "Men's Fleece-Lined Straight Jeans",
    "Men's Clothing/Jeans",
    179,
    40,
    brand="Ridge",
    desc="Stretch denim with a warm fleece lining, straight leg.",
    attrs={"Waist": "29-38"},
    tags=["men", "winter"],
)
P(
    "puffer_en",
    "en",
    "Men's Lightweight Puffer Jacket, Packable",
    "Men's Clothing/Outerwear/Puffer Jackets",
    299,
    30,
    brand="NorthPeak",
    desc="Synthetic insulation (no down), packs into its own pocket, water-repellent shell.",
    attrs={"Fill": "Synthetic", "Sizes": "M-XXL"},
    tags=["men", "winter", "travel"],
)

# ---------------------------------------------------------------- mother & baby
P(
    "diapers_zh",
    "zh",
    "婴儿纸尿裤 超薄透气 干爽 S/M/L/XL",
    "母婴/尿裤湿巾/纸尿裤",
    129,
    skus=[
        ("s", {"尺码": "S 62片"}, 129, 50),
        ("m", {"尺码": "M 56片"}, 129, 50),
        ("l", {"尺码": "L 48片"}, 139, 50),
        ("xl", {"尺码": "XL 42片"}, 149, 40),
    ],
    brand="贝乐芽",
    desc="3D立体护围，12小时干爽，新生儿到学步期都有码。",
    attrs={"适用": "0-3岁"},
    tags=["母婴", "囤货"],
)
P(
    "pullups_zh",
    "zh",
    "婴儿拉拉裤 XL码 学步期 防侧漏 38片",
    "母婴/尿裤湿巾/拉拉裤",
    139,
    80,
    brand="贝乐芽",
    desc="像内裤一样穿脱，宝宝会走路后用。",
    attrs={"尺码": "XL", "片数": "38片"},
    tags=["母婴", "学步"],
)
P(
    "wipes_zh",
    "zh",
    "婴儿手口湿巾 80抽×10包 加厚",
    "母婴/尿裤湿巾/湿巾",
    49,
    300,
    brand="贝乐芽",
    desc="EDI纯水，不含酒精香精，手口可用。",
    attrs={"规格": "80抽×10包"},
    tags=["母婴", "囤货"],
)
P(
    "bottle_zh",
    "zh",
    "宽口径PPSU奶瓶 240ml 防胀气",
    "母婴/喂养/奶瓶",
    119,
    60,
    brand="贝乐芽",
    desc="PPSU材质耐高温，可蒸煮消毒，配M号奶嘴。",
    attrs={"容量": "240ml", "材质": "PPSU"},
    tags=["喂养"],
)
P(
    "teether_zh",
    "zh",
    "婴儿牙胶 出牙期 磨牙 食品级硅胶 可水煮",
    "母婴/喂养/牙胶",
    29,
    100,
    brand="贝乐芽",
    desc="宝宝出牙牙龈痒、爱咬东西时用，可冷藏。",
    attrs={"材质": "食品级硅胶", "适用": "3个月以上"},
    tags=["出牙", "安抚"],
)
P(
    "babylotion_zh",
    "zh",
    "婴儿润肤乳 新生儿可用 秋冬保湿 200ml",
    "母婴/洗护/润肤乳",
    59,
    90,
    brand="贝乐芽",
    desc="无香精，宝宝脸蛋和身体都能涂，大人也能用。",
    attrs={"净含量": "200ml"},
    tags=["宝宝", "保湿"],
)
P(
    "kidsdown_zh",
    "zh",
    "儿童轻薄羽绒服 男童女童 110-140码",
    "童装/外套/羽绒服",
    269,
    skus=[
        ("110", {"身高": "110cm"}, 269, 15),
        ("120", {"身高": "120cm"}, 269, 20),
        ("130", {"身高": "130cm"}, 269, 20),
        ("140", {"身高": "140cm"}, 269, 10),
    ],
    brand="贝乐芽",
    desc="轻薄不臃肿，上学穿方便。",
    attrs={"填充物": "白鸭绒", "尺码": "110-140"},
    tags=["儿童", "冬季"],
)
P(
    "picturebook_zh",
    "zh",
    "儿童绘本 0-3岁 早教启蒙 10册",
    "母婴/图书/绘本",
    59,
    100,
    brand="小树苗",
    desc="纸板书不怕撕，认知、习惯、情绪主题。",
    attrs={"适用年龄": "0-3岁", "册数": "10"},
    tags=["早教"],
)
P(
    "kidstoothbrush_zh",
    "zh",
    "儿童电动牙刷 3-12岁 软毛 防水",
    "母婴/洗护/儿童牙刷",
    69,
    70,
    brand="贝乐芽",
    desc="小刷头软毛，卡通造型，2分钟定时。",
    attrs={"适用年龄": "3-12岁"},
    tags=["儿童", "口腔"],
)
P(
    "stroller_en",
    "en",
    "Lightweight Foldable Baby Stroller, One-Hand Fold",
    "Baby/Strollers",
    699,
    20,
    orig=999,
    brand="Tinytoes",
    desc="6.5 kg, reclines flat for newborns, folds with one hand and fits in a car boot.",
    attrs={"Weight": "6.5 kg", "Age": "0-36 months"},
    tags=["baby", "travel"],
)
P(
    "breastpump_en",
    "en",
    "Wearable Electric Breast Pump, Hands-Free",
    "Baby/Feeding/Breast Pumps",
    399,
    25,
    brand="Tinytoes",
    desc="Fits inside the bra, quiet motor, 3 modes and 9 suction levels.",
    attrs={"Modes": "3"},
    tags=["nursing"],
)
P(
    "kidsbottle_en",
    "en",
    "Kids Insulated Straw Water Bottle, 400 ml",
    "Baby/Kids Tableware/Water Bottles",
    89,
    60,
    brand="Tinytoes",
    desc="Stainless steel, keeps drinks cold 12 h / warm 6 h, leak-proof straw lid, cartoon print.",
    attrs={"Capacity": "400 ml", "Age": "3 years+"},
    tags=["kids", "school"],
)
P(
    "bathtub_en",
    "en",
    "Foldable Baby Bathtub with Temperature Sensor",
    "Baby/Bath/Bathtubs",
    129,
    30,
    brand="Tinytoes",
    desc="Folds flat; a built-in thermometer shows the water temperature. Newborn sling included.",
    attrs={"Age": "0-6 years"},
    tags=["baby", "bath"],
)
P(
    "kidsboots_en",
    "en",
    "Kids' Waterproof Snow Boots",
    "Kids' Shoes/Boots",
    149,
    skus=[
        ("26", {"Size": "26"}, 149, 10),
        ("28", {"Size": "28"}, 149, 12),
        ("30", {"Size": "30"}, 149, 12),
        ("32", {"Size": "32"}, 149, 8),
    ],
    brand="Tinytoes",
    desc="Waterproof upper, warm lining, hook-and-loop strap so kids can put them on alone.",
    attrs={"Waterproof": "Yes"},
    tags=["kids", "winter"],
)
P(
    "carrier_en",
    "en",
    "Ergonomic Baby Carrier with Hip Seat",
    "Baby/Carriers",
    259,
    0,
    brand="Tinytoes",
    desc="Front and back carry positions, padded hip seat for 0-36 months.",
    attrs={"Age": "0-36 months"},
    tags=["baby"],
)
P(
    "puzzle_en",
    "en",
    "Wooden Jigsaw Puzzles for Toddlers, 6-Pack",
    "Toys/Educational/Puzzles",
    49,
    80,
    brand="Little Oak",
    desc="Six chunky animal puzzles, 2-4 pieces each, for ages 1-3.",
    attrs={"Age": "1-3 years"},
    tags=["toys", "learning"],
)

# ---------------------------------------------------------------- home & kitchen
P(
    "eblanket_zh",
    "zh",
    "双人电热毯 智能调温 除螨 1.8×1.5米",
    "家居/家纺/电热毯",
    159,
    60,
    orig=229,
    brand="暖知",
    desc="六档调温，定时自动断电，可水洗。",
    attrs={"尺寸": "1.8×1.5米", "功率": "110W"},
    tags=["取暖", "冬季"],
    faqs=[("会不会辐射", "低压加热，已通过3C认证。")],
)
P(
    "hotwaterbag_zh",
    "zh",
    "充电防爆电热水袋 暖手宝 毛绒外套",
    "家居/取暖/暖手宝",
    39,
    150,
    brand="暖知",
    desc="充电10分钟暖3小时，双重防爆，可捂手捂肚子。",
    attrs={"充电时间": "10分钟", "保温时长": "3小时"},
    tags=["取暖", "冬季"],
)
P(
    "ricecooker_zh",
    "zh",
    "智能电饭煲 3L 家用 24小时预约",
    "家居/厨房电器/电饭煲",
    299,
    30,
    brand="厨小暖",
    desc="3L适合2-4人，柴火饭、煮粥、煲汤。",
    attrs={"容量": "3L", "功率": "600W"},
    tags=["厨房"],
)
P(
    "thermos_zh",
    "zh",
    "316不锈钢保温杯 500ml 长效保温12小时",
    "家居/水杯/保温杯",
    89,
    100,
    brand="厨小暖",
    desc="316内胆，带茶隔，泡茶泡枸杞都行。",
    attrs={"容量": "500ml", "材质": "316不锈钢"},
    tags=["保温", "泡茶"],
)
P(
    "milkfleece_zh",
    "zh",
    "牛奶绒四件套 加厚 冬季 1.8m床",
    "家居/家纺/四件套",
    199,
    40,
    brand="暖知",
    desc="被套+床单+两个枕套，绒面不掉毛。",
    attrs={"适用床宽": "1.8m", "面料": "牛奶绒"},
    tags=["冬季", "床品"],
)
P(
    "quilt_zh",
    "zh",
    "白鹅绒冬被 95%绒子含量 加厚被芯 200×230cm",
    "家居/家纺/被子",
    599,
    20,
    orig=899,
    brand="暖知",
    desc="95%白鹅绒，充绒1.5kg，冬天一床就够。",
    attrs={"填充物": "白鹅绒", "尺寸": "200×230cm"},
    tags=["冬季", "床品"],
)
P(
    "broom_zh",
    "zh",
    "扫把簸箕套装 家用 不粘头发 可站立",
    "家居/清洁/扫把",
    39,
    100,
    brand="洁家",
    desc="软毛扫把，头发灰尘一扫就走。",
    tags=["清洁"],
)
P(
    "mop_zh",
    "zh",
    "免手洗平板拖把 懒人 干湿两用",
    "家居/清洁/拖把",
    69,
    80,
    brand="洁家",
    desc="挤水不用手，附2块拖布。",
    tags=["清洁"],
)
P(
    "storagebox_zh",
    "zh",
    "加厚塑料收纳箱 大号 3个装 带滑轮",
    "家居/收纳/收纳箱",
    79,
    50,
    brand="洁家",
    desc="换季衣服被子都能装，可叠放。",
    attrs={"容量": "60L×3"},
    tags=["收纳"],
)
P(
    "humidifier_zh",
    "zh",
    "静音加湿器 4L 卧室 上加水",
    "家居/生活电器/加湿器",
    129,
    40,
    brand="厨小暖",
    desc="睡眠模式低于30分贝，暖气房干燥必备。",
    attrs={"容量": "4L", "噪音": "≤30dB"},
    tags=["卧室", "冬季"],
)
P(
    "wok_zh",
    "zh",
    "麦饭石不粘炒锅 32cm 电磁炉燃气通用",
    "家居/厨具/炒锅",
    169,
    30,
    brand="厨小暖",
    desc="少油不粘，送锅盖和锅铲。",
    attrs={"口径": "32cm"},
    tags=["厨房"],
)
P(
    "towel_zh",
    "zh",
    "新疆长绒棉毛巾 4条装",
    "家居/浴室/毛巾",
    39,
    200,
    brand="洁家",
    desc="新疆长绒棉，吸水不掉毛。",
    attrs={"规格": "34×76cm×4"},
    tags=["浴室"],
)
P(
    "robotvac_zh",
    "zh",
    "扫地机器人 扫拖一体 自动回充",
    "家居/清洁电器/扫地机器人",
    899,
    10,
    status="off_shelf",
    brand="洁家",
    desc="激光导航，扫拖一体。",
    tags=["清洁"],
)
P(
    "slippers_zh",
    "zh",
    "情侣款加厚棉拖鞋 冬季居家 防滑静音",
    "家居/居家鞋/棉拖鞋",
    39,
    100,
    brand="暖知",
    desc="包跟设计，毛绒内里，男女码都有。",
    attrs={"尺码": "36-45（男女款）"},
    tags=["冬季", "居家"],
)
P(
    "detergent_zh",
    "zh",
    "洗衣凝珠 60颗 持久留香 三合一",
    "家居/清洁/洗衣凝珠",
    "35.90",
    100,
    brand="洁家",
    desc="洗涤+护色+留香，一次一颗。",
    attrs={"规格": "60颗"},
    tags=["洗衣", "囤货"],
)
P(
    "lintroller_zh",
    "zh",
    "可撕式粘毛器 衣服沙发 宠物毛发 3个装",
    "家居/清洁/粘毛器",
    19,
    150,
    brand="洁家",
    desc="撕一层换一层，猫毛狗毛一滚就干净。",
    attrs={"规格": "3个装+6替换芯"},
    tags=["清洁", "宠物家庭"],
)
P(
    "airfryer_en",
    "en",
    "5 L Air Fryer, Oil-Free, Digital Touch",
    "Home/Kitchen Appliances/Air Fryers",
    329,
    30,
    orig=459,
    brand="HearthCo",
    desc="Fries, wings and roast vegetables with little or no oil. 8 presets, dishwasher-safe basket.",
    attrs={"Capacity": "5 L", "Power": "1500 W"},
    tags=["kitchen", "healthy cooking"],
)
P(
    "kettle_en",
    "en",
    "1.7 L Electric Kettle, Stainless Steel, Auto Shut-Off",
    "Home/Kitchen Appliances/Kettles",
    129,
    40,
    brand="HearthCo",
    desc="Boils in 4 minutes and switches off automatically.",
    attrs={"Capacity": "1.7 L", "Power": "1800 W"},
    tags=["kitchen"],
)
P(
    "heater_en",
    "en",
    "Ceramic Space Heater with Thermostat, 1500 W",
    "Home/Heating/Space Heaters",
    199,
    25,
    brand="HearthCo",
    desc="Warms a room or a cold office corner in minutes; tip-over protection.",
    attrs={"Power": "1500 W"},
    tags=["heating", "winter"],
)
P(
    "blender_en",
    "en",
    "Portable Blender, USB Rechargeable, 350 ml",
    "Home/Kitchen Appliances/Blenders",
    99,
    50,
    brand="HearthCo",
    desc="Smoothies and shakes on the go.",
    attrs={"Capacity": "350 ml"},
    tags=["kitchen", "portable"],
)
P(
    "lunchbox_en",
    "en",
    "Insulated Lunch Box, 3-Tier Stainless Steel",
    "Home/Kitchen/Lunch Boxes",
    79,
    60,
    brand="HearthCo",
    desc="Keeps a home-cooked lunch warm until noon; leak-proof tiers, carry bag included.",
    attrs={"Capacity": "1.8 L", "Keeps warm": "6 hours"},
    tags=["office", "meal prep"],
)
P(
    "candle_en",
    "en",
    "Scented Soy Candle Gift Set, 3 Jars",
    "Home/Decor/Candles",
    69,
    70,
    brand="Maison Lune",
    desc="Fig, cedar and vanilla; 25 hours each.",
    attrs={"Burn time": "3 x 25 h"},
    tags=["gift", "cosy"],
)
P(
    "throw_en",
    "en",
    "Flannel Throw Blanket, 130 x 160 cm",
    "Home/Bedding/Throws",
    99,
    50,
    brand="HearthCo",
    desc="Soft flannel throw for the sofa or a nap at your desk. Not electric.",
    attrs={"Size": "130 x 160 cm"},
    tags=["cosy", "sofa"],
)
P(
    "footwarmer_en",
    "en",
    "USB Heated Foot Warmer",
    "Home/Heating/Foot Warmers",
    89,
    20,
    status="off_shelf",
    brand="HearthCo",
    desc="Plush foot pocket that plugs into USB.",
    tags=["heating"],
)
P(
    "tumbler_en",
    "en",
    "Stainless Steel Travel Mug 350 ml, Leak-Proof",
    "Home/Drinkware/Travel Mugs",
    79,
    80,
    brand="HearthCo",
    desc="Double-wall vacuum insulation keeps coffee or tea hot for 6 hours; fits car cup holders.",
    attrs={"Capacity": "350 ml"},
    tags=["commute", "coffee"],
)

# ---------------------------------------------------------------- digital accessories
P(
    "speaker_zh",
    "zh",
    "便携蓝牙音箱 IPX7防水 户外 重低音",
    "数码/影音/蓝牙音箱",
    149,
    50,
    brand="声海",
    desc="24小时续航，可挂背包，露营洗澡都能听。",
    attrs={"防水等级": "IPX7", "续航": "24小时"},
    tags=["户外", "音乐"],
)
P(
    "earbuds_zh",
    "zh",
    "真无线蓝牙耳机 主动降噪 长续航 游戏低延迟",
    "数码/影音/蓝牙耳机",
    199,
    80,
    orig=299,
    brand="声海",
    desc="-40dB主动降噪，单次8小时，配充电仓36小时。",
    attrs={"降噪": "主动降噪", "续航": "36小时"},
    tags=["降噪", "通勤"],
)
P(
    "case16_zh",
    "zh",
    "iPhone 16 手机壳 透明防摔 磁吸",
    "数码/手机配件/手机壳",
    39,
    100,
    brand="壳小白",
    desc="仅适用 iPhone 16（6.1英寸），不适用 Pro/Plus/Pro Max。",
    attrs={"适用机型": "iPhone 16"},
    tags=["防摔", "磁吸"],
)
P(
    "case16pro_zh",
    "zh",
    "iPhone 16 Pro 手机壳 透明防摔 磁吸",
    "数码/手机配件/手机壳",
    39,
    100,
    brand="壳小白",
    desc="仅适用 iPhone 16 Pro，不适用 iPhone 16 / Pro Max。",
    attrs={"适用机型": "iPhone 16 Pro"},
    tags=["防摔", "磁吸"],
)
P(
    "charger_zh",
    "zh",
    "65W 氮化镓快充充电器 三口 苹果安卓通用",
    "数码/充电/充电器",
    89,
    80,
    brand="声海",
    desc="2C1A三口，一个插头同时充手机平板笔记本。",
    attrs={"功率": "65W", "接口": "2×USB-C + 1×USB-A"},
    tags=["快充"],
)
P(
    "powerbank_zh",
    "zh",
    "20000毫安充电宝 22.5W快充 可带上飞机",
    "数码/充电/充电宝",
    129,
    60,
    brand="声海",
    desc="20000mAh（74Wh，低于民航100Wh限制），自带两根线。",
    attrs={"容量": "20000mAh", "快充": "22.5W"},
    tags=["出差", "快充"],
)
P(
    "cable_zh",
    "zh",
    "Type-C 快充数据线 1米 两条装",
    "数码/充电/数据线",
    19,
    300,
    brand="声海",
    desc="支持60W快充，编织线耐折。",
    attrs={"长度": "1米", "接口": "USB-C"},
    tags=["快充"],
)
P(
    "mouse_zh",
    "zh",
    "静音无线鼠标 蓝牙双模 办公 可充电",
    "数码/电脑外设/鼠标",
    59,
    80,
    brand="声海",
    desc="按键静音，2.4G+蓝牙双模，笔记本平板通用。",
    attrs={"连接": "2.4G/蓝牙"},
    tags=["办公", "静音"],
)
P(
    "kidswatch_zh",
    "zh",
    "儿童电话手表 定位 视频通话 4G",
    "数码/智能穿戴/儿童手表",
    399,
    30,
    brand="小树苗",
    desc="精准定位，家长App查看位置，视频通话，上课禁用模式。",
    attrs={"网络": "4G全网通", "适用年龄": "5-12岁"},
    tags=["儿童", "定位"],
)
P(
    "laptopbag_en",
    "en",
    "15.6-inch Laptop Sleeve Bag, Water-Resistant",
    "Digital/Computer Accessories/Laptop Bags",
    99,
    50,
    brand="Voltix",
    desc="Padded sleeve with a handle and an accessory pocket for laptops up to 15.6 inches. Laptop not included.",
    attrs={"Fits": "up to 15.6 inch"},
    tags=["laptop", "office"],
)
P(
    "casemate60_en",
    "en",
    "Huawei Mate 60 Pro Case, Shockproof",
    "Digital/Phone Accessories/Cases",
    35,
    60,
    brand="Voltix",
    desc="Raised camera ring and air-cushion corners; fits Mate 60 Pro only.",
    attrs={"Compatible": "Huawei Mate 60 Pro"},
    tags=["shockproof"],
)
P(
    "case15_en",
    "en",
    "iPhone 15 Silicone Case with MagSafe",
    "Digital/Phone Accessories/Cases",
    49,
    60,
    brand="Voltix",
    desc='Soft-touch silicone, microfibre lining; for iPhone 15 (6.1") only.',
    attrs={"Compatible": "iPhone 15"},
    tags=["MagSafe"],
)
P(
    "screen16_en",
    "en",
    "iPhone 16 Tempered Glass Screen Protector, 2-Pack",
    "Digital/Phone Accessories/Screen Protectors",
    29,
    100,
    brand="Voltix",
    desc='9H glass with an alignment frame; for iPhone 16 (6.1").',
    attrs={"Compatible": "iPhone 16"},
    tags=["screen"],
)
P(
    "smartwatch_en",
    "en",
    "Smart Watch with Heart Rate & SpO2, Android/iOS",
    "Digital/Wearables/Smart Watches",
    299,
    40,
    orig=399,
    brand="Voltix",
    desc="Heart rate, blood oxygen (SpO2) and sleep tracking, 10-day battery, message alerts. Not a medical device; no blood-pressure measurement.",
    attrs={"Battery": "10 days", "Sensors": "Heart rate, SpO2"},
    tags=["fitness", "gift"],
)
P(
    "keyboard_en",
    "en",
    "Mechanical Keyboard, Hot-Swappable, RGB",
    "Digital/Computer Accessories/Keyboards",
    259,
    30,
    brand="Voltix",
    desc="75% layout, tactile switches, wired + Bluetooth; great for gaming and typing.",
    attrs={"Layout": "75%"},
    tags=["gaming", "office"],
)
P(
    "headphones_en",
    "en",
    "Over-Ear Wireless Headphones, Noise Cancelling",
    "Digital/Audio/Headphones",
    349,
    30,
    orig=499,
    brand="Voltix",
    desc="Active noise cancelling, 50-hour battery, boom mic for calls and gaming.",
    attrs={"Battery": "50 h"},
    tags=["noise cancelling", "gaming"],
)
P(
    "phonestand_en",
    "en",
    "Adjustable Desk Phone Stand, Aluminium",
    "Digital/Phone Accessories/Stands",
    29,
    120,
    brand="Voltix",
    desc="Holds a phone at any angle for video calls, recipes or streaming.",
    tags=["desk"],
)
P(
    "ringlight_en",
    "en",
    "10-inch Selfie Ring Light with Tripod",
    "Digital/Photography/Ring Lights",
    89,
    40,
    brand="Voltix",
    desc="3 colour temperatures and 10 brightness levels, phone holder and remote; for live streaming and video.",
    attrs={"Size": "10 inch", "Tripod": "up to 160 cm"},
    tags=["streaming", "video"],
)
P(
    "openear_en",
    "en",
    "Open-Ear Sports Earbuds, Bluetooth 5.3",
    "Digital/Audio/Earbuds",
    159,
    0,
    brand="Voltix",
    desc="Ear-hook design that leaves your ears open to traffic; sweat-resistant.",
    attrs={"Bluetooth": "5.3"},
    tags=["sport", "running"],
)

# ---------------------------------------------------------------- snacks & local specialties
P(
    "jerky_zh",
    "zh",
    "内蒙古风干牛肉干 手撕 500g",
    "食品/肉干肉脯/牛肉干",
    89,
    100,
    orig=129,
    brand="草原记",
    desc="内蒙古草原黄牛，风干手撕，办公室追剧解馋。",
    attrs={"净含量": "500g", "产地": "内蒙古"},
    tags=["零食", "特产"],
    ret="no_return",
)
P(
    "nuts_zh",
    "zh",
    "每日坚果 混合果仁 30袋 礼盒",
    "食品/坚果/每日坚果",
    119,
    80,
    brand="山里红",
    desc="7种坚果果干，每天一小袋，独立包装带去上班。",
    attrs={"规格": "25g×30袋"},
    tags=["零食", "礼盒"],
    ret="no_return",
)
P(
    "honey_zh",
    "zh",
    "秦岭土蜂蜜 农家自产 500g",
    "食品/冲饮/蜂蜜",
    69,
    0,
    brand="山里红",
    desc="秦岭深山百花蜜，温水冲服。",
    attrs={"净含量": "500g", "产地": "陕西秦岭"},
    tags=["特产"],
    ret="no_return",
)
P(
    "latiao_zh",
    "zh",
    "辣条大礼包 怀旧零食 30包",
    "食品/休闲零食/辣条",
    29,
    200,
    brand="辣小样",
    desc="麻辣甜辣混合装，80后90后童年味道。",
    attrs={"规格": "30包"},
    tags=["零食"],
    ret="no_return",
)
P(
    "luosifen_zh",
    "zh",
    "柳州螺蛳粉 正宗 5袋装",
    "食品/方便速食/螺蛳粉",
    49,
    150,
    brand="辣小样",
    desc="需煮制，酸笋足料。",
    attrs={"规格": "330g×5袋", "产地": "广西柳州"},
    tags=["速食", "特产"],
    ret="no_return",
)
P(
    "hotpot_zh",
    "zh",
    "自热小火锅 麻辣牛肉 4盒",
    "食品/方便速食/自热火锅",
    59,
    100,
    brand="辣小样",
    desc="不用火不用电，加冷水15分钟吃上热火锅，宿舍加班都方便。",
    attrs={"规格": "4盒"},
    tags=["速食"],
    ret="no_return",
)
P(
    "dates_zh",
    "zh",
    "新疆和田大枣 特级 1kg",
    "食品/地方特产/红枣",
    59,
    80,
    brand="山里红",
    desc="和田骏枣，个大肉厚，直接吃或煮粥。",
    attrs={"净含量": "1kg", "产地": "新疆和田"},
    tags=["特产", "滋补"],
    ret="no_return",
)
P(
    "goji_zh",
    "zh",
    "宁夏中宁枸杞 头茬 500g",
    "食品/地方特产/枸杞",
    49,
    90,
    brand="山里红",
    desc="头茬大果，泡水煲汤。",
    attrs={"净含量": "500g", "产地": "宁夏中宁"},
    tags=["特产", "滋补"],
    ret="no_return",
)
P(
    "milk_zh",
    "zh",
    "纯牛奶 250ml×24盒 整箱",
    "食品/乳品/纯牛奶",
    69,
    60,
    brand="草原记",
    desc="3.6g乳蛋白，早餐一盒。",
    attrs={"规格": "250ml×24"},
    tags=["早餐"],
    ret="no_return",
)
P(
    "puer_zh",
    "zh",
    "云南普洱熟茶 357g 茶饼 礼盒",
    "食品/茶叶/普洱",
    159,
    30,
    brand="茶马驿",
    desc="勐海料，陈放五年，礼盒装送长辈。",
    attrs={"净含量": "357g", "产地": "云南勐海"},
    tags=["茶叶", "礼盒", "特产"],
    ret="no_return",
)
P(
    "sausage_zh",
    "zh",
    "广式腊肠 甜味 500g 年货",
    "食品/地方特产/腊肠",
    79,
    70,
    brand="岭南记",
    desc="需蒸熟后食用，煲仔饭必备。",
    attrs={"净含量": "500g", "产地": "广东"},
    tags=["年货", "特产"],
    ret="no_return",
)
P(
    "pastry_zh",
    "zh",
    "鲜花饼 云南特产 玫瑰 10枚",
    "食品/地方特产/糕点",
    39,
    80,
    brand="茶马驿",
    desc="现烤玫瑰鲜花饼，独立包装。",
    attrs={"规格": "50g×10枚", "产地": "云南"},
    tags=["特产", "伴手礼"],
    ret="no_return",
)
P(
    "beefballs_zh",
    "zh",
    "潮汕手打牛肉丸 500g×2",
    "食品/地方特产/牛肉丸",
    89,
    60,
    brand="岭南记",
    desc="冷冻发货，涮火锅、煮汤。",
    attrs={"净含量": "1kg", "产地": "广东潮汕"},
    tags=["特产", "火锅"],
    ret="no_return",
)
P(
    "mango_en",
    "en",
    "Dried Mango Slices, No Added Sugar, 500 g",
    "Food/Dried Fruit",
    29,
    100,
    brand="GoldenGrove",
    desc="Chewy sun-dried mango, nothing added.",
    attrs={"Weight": "500 g"},
    tags=["snack", "fruit"],
    ret="no_return",
)
P(
    "seaweed_en",
    "en",
    "Crispy Seaweed Snacks, 12 Packs",
    "Food/Snacks/Seaweed",
    25,
    120,
    brand="GoldenGrove",
    desc="Lightly salted roasted seaweed sheets, 30 kcal per pack.",
    attrs={"Pack": "12 x 4 g"},
    tags=["snack", "low calorie"],
    ret="no_return",
)
P(
    "coffee_en",
    "en",
    "Instant Black Coffee, 40 Sticks, Sugar-Free",
    "Food/Beverages/Coffee",
    59,
    100,
    brand="GoldenGrove",
    desc="Dissolves in hot or cold water in seconds.",
    attrs={"Pack": "40 x 2 g"},
    tags=["coffee", "office"],
    ret="no_return",
)
P(
    "chocolate_en",
    "en",
    "85% Dark Chocolate Gift Box, 24 Pieces",
    "Food/Confectionery/Chocolate",
    79,
    50,
    brand="GoldenGrove",
    desc="Individually wrapped squares in a gift box.",
    attrs={"Cocoa": "85%"},
    tags=["gift", "snack"],
    ret="no_return",
)
P(
    "oatmeal_en",
    "en",
    "Instant Oatmeal Cups, 12 Flavours",
    "Food/Breakfast/Oatmeal",
    45,
    80,
    brand="GoldenGrove",
    desc="Add hot water or milk, ready in 3 minutes.",
    attrs={"Pack": "12 cups"},
    tags=["breakfast"],
    ret="no_return",
)
P(
    "seeds_en",
    "en",
    "Roasted Sunflower Seeds, Spiced, 500 g",
    "Food/Snacks/Seeds & Nuts",
    25,
    100,
    brand="GoldenGrove",
    desc="Five-spice roasted seeds, a movie-night classic.",
    attrs={"Weight": "500 g"},
    tags=["snack"],
    ret="no_return",
)
P(
    "proteinbar_en",
    "en",
    "Low-Sugar Protein Bars, 12-Pack",
    "Food/Snacks/Protein Bars",
    79,
    60,
    brand="GoldenGrove",
    desc="15 g protein and 2 g sugar per bar.",
    attrs={"Pack": "12 x 50 g"},
    tags=["snack", "fitness", "low sugar"],
    ret="no_return",
)
P(
    "walnuts_en",
    "en",
    "Paper-Shell Walnuts from Xinjiang, 1 kg",
    "Food/Nuts/Walnuts",
    69,
    60,
    brand="GoldenGrove",
    desc="Thin shells you can crack by hand; grown in Aksu, Xinjiang.",
    attrs={"Weight": "1 kg", "Origin": "Xinjiang"},
    tags=["nuts", "snack"],
    ret="no_return",
)

# ---------------------------------------------------------------- health for elders (老李)
P(
    "bp_zh",
    "zh",
    "上臂式电子血压计 语音播报 家用",
    "健康/家用医疗/血压计",
    199,
    50,
    brand="康伴",
    desc="大屏大字，语音播报读数，两人各存90组记录。",
    attrs={"测量方式": "上臂式", "记忆": "2×90组"},
    tags=["老人", "家用医疗"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "glucose_zh",
    "zh",
    "血糖仪 家用 送50片试纸",
    "健康/家用医疗/血糖仪",
    159,
    40,
    brand="康伴",
    desc="5秒出结果，微量采血。",
    attrs={"试纸": "50片"},
    tags=["老人", "家用医疗"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "neckmassager_zh",
    "zh",
    "颈椎按摩仪 低频脉冲 热敷 U型",
    "健康/按摩器材/颈椎按摩",
    199,
    40,
    brand="康伴",
    desc="低头久了脖子酸，戴上15分钟，42度热敷。",
    attrs={"档位": "15档", "热敷": "42℃"},
    tags=["按摩", "礼物"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "footbath_zh",
    "zh",
    "全自动加热足浴盆 气泡按摩 恒温",
    "健康/按摩器材/足浴盆",
    259,
    30,
    brand="康伴",
    desc="恒温加热，滚轮按摩脚底，冬天泡脚暖全身。",
    attrs={"加热": "35-48℃恒温"},
    tags=["泡脚", "暖身"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "kneepad_zh",
    "zh",
    "自发热护膝 老人 保暖 护关节",
    "健康/护具/护膝",
    69,
    100,
    brand="康伴",
    desc="托玛琳自发热，膝盖怕冷怕风的老人冬天戴。",
    attrs={"规格": "一对"},
    tags=["老人", "保暖"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "cane_zh",
    "zh",
    "老人拐杖 四脚防滑 可伸缩",
    "健康/助行器具/拐杖",
    89,
    40,
    brand="康伴",
    desc="铝合金十档伸缩，四脚底座站得稳，带夜光。",
    attrs={"高度": "72-95cm"},
    tags=["老人", "助行"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "pillbox_zh",
    "zh",
    "一周7天药盒 早中晚分装",
    "健康/家用医疗/药盒",
    19,
    200,
    brand="康伴",
    desc="21格大字标注，防止老人漏吃药。",
    tags=["老人"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "warmpatch_zh",
    "zh",
    "艾草自发热暖贴 30片 持续12小时 贴身保暖",
    "健康/保暖/暖贴",
    29,
    300,
    brand="康伴",
    desc="撕开即热，贴在衣服上，后腰、小腹、脚底都能贴。",
    attrs={"规格": "30片", "发热时长": "12小时"},
    tags=["保暖", "冬季"],
    creator="c-laoli",
    shop=LAOLI_ZH,
)
P(
    "oximeter_en",
    "en",
    "Fingertip Pulse Oximeter",
    "Health/Medical Devices/Oximeters",
    99,
    0,
    brand="CareWell",
    desc="Reads blood oxygen (SpO2) and pulse in 8 seconds; large OLED display.",
    tags=["seniors", "home care"],
    creator="c-laoli",
    shop=LAOLI_EN,
)
P(
    "readingglasses_en",
    "en",
    "Anti-Blue-Light Reading Glasses, +1.0 to +3.0",
    "Health/Vision/Reading Glasses",
    59,
    skus=[
        ("p100", {"Strength": "+1.0"}, 59, 20),
        ("p150", {"Strength": "+1.5"}, 59, 20),
        ("p200", {"Strength": "+2.0"}, 59, 20),
        ("p250", {"Strength": "+2.5"}, 59, 20),
        ("p300", {"Strength": "+3.0"}, 59, 20),
    ],
    brand="CareWell",
    desc="Lightweight frames for reading, phones and needlework.",
    tags=["seniors", "vision"],
    creator="c-laoli",
    shop=LAOLI_EN,
)
P(
    "hearing_en",
    "en",
    "Rechargeable Hearing Amplifier for Seniors",
    "Health/Hearing/Hearing Amplifiers",
    399,
    20,
    brand="CareWell",
    desc="In-ear sound amplifier with noise reduction, 4 volume levels, charging case. A sound amplifier, not a prescription hearing aid.",
    attrs={"Battery": "20 h"},
    tags=["seniors", "hearing"],
    creator="c-laoli",
    shop=LAOLI_EN,
)
P(
    "massagegun_en",
    "en",
    "Mini Massage Gun, 4 Heads",
    "Health/Massage/Massage Guns",
    199,
    40,
    brand="CareWell",
    desc="Percussion massager for sore shoulders, back and legs; 5 speeds, fits in a bag.",
    attrs={"Speeds": "5"},
    tags=["massage", "gift"],
    creator="c-laoli",
    shop=LAOLI_EN,
)
P(
    "calcium_en",
    "en",
    "Calcium + Vitamin D3 Chewable Tablets for Adults 50+",
    "Health/Supplements/Calcium",
    129,
    60,
    brand="CareWell",
    desc="600 mg calcium and 800 IU D3 per tablet, orange flavour, 120 tablets.",
    attrs={"Count": "120 tablets"},
    tags=["seniors", "bones"],
    creator="c-laoli",
    shop=LAOLI_EN,
)
P(
    "thermometer_en",
    "en",
    "Infrared Forehead Thermometer for Adults & Kids",
    "Health/Medical Devices/Thermometers",
    69,
    50,
    brand="CareWell",
    desc="One-second no-contact reading with a fever alarm.",
    tags=["family", "home care"],
    creator="c-laoli",
    shop=LAOLI_EN,
)
P(
    "heatingpad_en",
    "en",
    "Electric Heating Pad for Back & Shoulders, Auto Off",
    "Health/Pain Relief/Heating Pads",
    119,
    40,
    brand="CareWell",
    desc="60 x 30 cm pad, 3 heat settings, switches off after 90 minutes. Not a bed blanket.",
    attrs={"Size": "60 x 30 cm"},
    tags=["pain relief", "winter"],
    creator="c-laoli",
    shop=LAOLI_EN,
)

# ---------------------------------------------------------------- pets
P(
    "catlitter_zh",
    "zh",
    "豆腐猫砂 原味除臭 6L×4包",
    "宠物/猫砂/豆腐砂",
    69,
    100,
    brand="喵管家",
    desc="可冲厕所，结团快，低粉尘。",
    attrs={"规格": "6L×4包"},
    tags=["猫咪", "囤货"],
)
P(
    "catfood_zh",
    "zh",
    "全价成猫猫粮 鸡肉味 2kg",
    "宠物/猫粮/成猫粮",
    99,
    80,
    brand="喵管家",
    desc="鲜鸡肉含量40%，适合1岁以上成猫。",
    attrs={"净含量": "2kg", "适用": "成猫"},
    tags=["猫咪"],
)
P(
    "dogchew_zh",
    "zh",
    "狗狗磨牙棒 洁齿 耐咬 牛皮",
    "宠物/狗零食/磨牙棒",
    29,
    150,
    brand="汪星饭",
    desc="牛皮压制，狗狗磨牙洁齿，仅供犬只食用。",
    attrs={"规格": "20根"},
    tags=["狗狗"],
)
P(
    "petcomb_zh",
    "zh",
    "宠物脱毛梳 猫狗通用 一键去浮毛",
    "宠物/清洁美容/梳子",
    29,
    120,
    brand="喵管家",
    desc="换毛季每天梳一梳，浮毛一推就掉。",
    tags=["猫咪", "狗狗", "换毛季"],
)
P(
    "cattree_zh",
    "zh",
    "多层猫爬架 剑麻柱 带猫窝",
    "宠物/猫用品/猫爬架",
    199,
    0,
    brand="喵管家",
    desc="高150cm，剑麻柱可磨爪。",
    attrs={"高度": "150cm"},
    tags=["猫咪"],
)
P(
    "leash_zh",
    "zh",
    "狗狗牵引绳 胸背带套装 防挣脱",
    "宠物/出行用品/牵引绳",
    39,
    80,
    brand="汪星饭",
    desc="工字胸背，反光条，夜间遛狗更安全。",
    attrs={"尺码": "S/M/L"},
    tags=["狗狗", "出行"],
)
P(
    "dogfood_en",
    "en",
    "Grain-Free Adult Dog Food, Salmon, 2.5 kg",
    "Pets/Dog Food",
    129,
    50,
    brand="Pawsome",
    desc="Salmon and sweet potato, no grains, for adult dogs of all breeds.",
    attrs={"Weight": "2.5 kg"},
    tags=["dogs"],
)
P(
    "cattreats_en",
    "en",
    "Lickable Cat Treats, Tuna, 20 Tubes",
    "Pets/Cat Treats",
    39,
    100,
    brand="Pawsome",
    desc="Creamy tuna puree in squeeze tubes; 90% moisture helps cats that don't drink enough. A treat, not a complete meal.",
    attrs={"Pack": "20 x 15 g"},
    tags=["cats", "treats"],
)
P(
    "petbed_en",
    "en",
    "Calming Donut Pet Bed, Plush, 60 cm",
    "Pets/Beds",
    89,
    40,
    brand="Pawsome",
    desc="Raised rim for cats and small dogs to curl up in; machine washable.",
    attrs={"Diameter": "60 cm"},
    tags=["cats", "dogs"],
)
P(
    "fountain_en",
    "en",
    "Cat Water Fountain 2 L, Ultra-Quiet",
    "Pets/Cat Supplies/Water Fountains",
    119,
    30,
    brand="Pawsome",
    desc="Running water encourages cats to drink more; triple filter.",
    attrs={"Capacity": "2 L"},
    tags=["cats"],
)
P(
    "dogcoat_en",
    "en",
    "Dog Winter Coat, Waterproof, Reflective",
    "Pets/Dog Apparel",
    69,
    skus=[("s", {"Size": "S"}, 69, 15), ("m", {"Size": "M"}, 69, 15), ("l", {"Size": "L"}, 69, 10)],
    brand="Pawsome",
    desc="Fleece-lined coat for cold walks.",
    tags=["dogs", "winter"],
)
P(
    "petshampoo_en",
    "en",
    "Oatmeal Pet Shampoo for Dogs & Cats, 500 ml",
    "Pets/Grooming/Shampoo",
    49,
    60,
    brand="Pawsome",
    desc="Soothes itchy skin; tear-free.",
    attrs={"Volume": "500 ml"},
    tags=["grooming"],
)
P(
    "glove_en",
    "en",
    "Pet Grooming Glove - Deshedding Brush Mitt",
    "Pets/Grooming/Brushes",
    25,
    90,
    brand="Pawsome",
    desc="Stroke your pet and the loose fur sticks to the glove; great in shedding season.",
    tags=["grooming", "shedding"],
)
P(
    "scratcher_en",
    "en",
    "Cardboard Cat Scratcher with Catnip",
    "Pets/Cat Supplies/Scratchers",
    29,
    100,
    brand="Pawsome",
    desc="Corrugated cardboard lounge that saves your sofa.",
    tags=["cats"],
)

# --------------------------------------------------------------------------------------------
# live rooms, videos, flash sales
# --------------------------------------------------------------------------------------------
ROOMS = [
    {
        "type": "live_room",
        "id": "room-1212-night",
        "creator_id": "c-ayue",
        "title": "双十二暖冬狂欢夜｜羽绒服 电热毯 蓝牙耳机秒杀",
        "starts_at": "2026-12-12T19:00:00+08:00",
        "ends_at": "2026-12-12T23:30:00+08:00",
        "product_ids": [
            "wdown_zh",
            "eblanket_zh",
            "earbuds_zh",
            "wthermal_zh",
            "facecream_zh",
            "handcream_zh",
            "hotwaterbag_zh",
            "airfryer_en",
            "diapers_zh",
            "nuts_zh",
            "milkfleece_zh",
            "perfume_en",
            "powerbank_zh",
            "catlitter_zh",
            "heater_en",
            "scarf_en",
            "wallet_en",
            "chocolate_en",
        ],
    },
    {
        "type": "live_room",
        "id": "room-laoli-1212",
        "creator_id": "c-laoli",
        "title": "老李孝心好物 · 爸妈健康专场",
        "starts_at": "2026-12-12T14:00:00+08:00",
        "ends_at": "2026-12-12T16:00:00+08:00",
        "product_ids": [
            "bp_zh",
            "neckmassager_zh",
            "footbath_zh",
            "kneepad_zh",
            "calcium_en",
            "hearing_en",
            "heatingpad_en",
        ],
    },
    {
        "type": "live_room",
        "id": "room-nianhuo-1213",
        "creator_id": "c-ayue",
        "title": "年货节预告：零食特产囤货日",
        "starts_at": "2026-12-13T20:00:00+08:00",
        "ends_at": "2026-12-13T23:00:00+08:00",
        "product_ids": [
            "jerky_zh",
            "latiao_zh",
            "dates_zh",
            "goji_zh",
            "puer_zh",
            "sausage_zh",
            "pastry_zh",
            "beefballs_zh",
        ],
    },
]
VIDEOS = [
    {
        "type": "video",
        "id": "v-facecream-30days",
        "creator_id": "c-ayue",
        "title": "干皮换季烂脸？这罐面霜我用空了三罐",
        "published_at": "2026-12-05T18:00:00+08:00",
        "product_ids": ["facecream_zh"],
        "tags": ["测评", "干皮"],
    },
    {
        "type": "video",
        "id": "v-warm-winter",
        "creator_id": "c-ayue",
        "title": "怕冷星人过冬清单：电热毯、暖手宝、暖贴怎么选",
        "published_at": "2026-12-08T19:00:00+08:00",
        "product_ids": ["eblanket_zh", "hotwaterbag_zh", "warmpatch_zh"],
        "tags": ["清单"],
    },
]
FLASH = [
    # running at the anchor, product-wide
    {
        "id": "fs-eblanket",
        "product_id": "eblanket_zh",
        "price": "99.00",
        "quantity": 100,
        "per_user_limit": 2,
        "starts_at": "2026-12-12T19:30:00+08:00",
        "ends_at": "2026-12-12T21:00:00+08:00",
        "live_room_id": "room-1212-night",
    },
    {
        "id": "fs-earbuds",
        "product_id": "earbuds_zh",
        "price": "129.00",
        "quantity": 200,
        "per_user_limit": 1,
        "starts_at": "2026-12-12T19:00:00+08:00",
        "ends_at": "2026-12-12T22:00:00+08:00",
        "live_room_id": "room-1212-night",
    },
    {
        "id": "fs-wthermal",
        "product_id": "wthermal_zh",
        "price": "59.00",
        "quantity": 300,
        "per_user_limit": 3,
        "starts_at": "2026-12-12T19:45:00+08:00",
        "ends_at": "2026-12-12T20:45:00+08:00",
        "live_room_id": "room-1212-night",
    },
    {
        "id": "fs-catlitter",
        "product_id": "catlitter_zh",
        "price": "49.00",
        "quantity": 150,
        "per_user_limit": 2,
        "starts_at": "2026-12-12T19:00:00+08:00",
        "ends_at": "2026-12-13T00:00:00+08:00",
        "live_room_id": "room-1212-night",
    },
    # running at the anchor, one SKU only (stays above the product's cheapest SKU)
    {
        "id": "fs-diapers-xl",
        "product_id": "diapers_zh",
        "sku_id": "xl",
        "price": "139.00",
        "quantity": 100,
        "per_user_limit": 2,
        "starts_at": "2026-12-12T19:00:00+08:00",
        "ends_at": "2026-12-12T23:00:00+08:00",
        "live_room_id": "room-1212-night",
    },
    # starts in 30 minutes
    {
        "id": "fs-airfryer",
        "product_id": "airfryer_en",
        "price": "259.00",
        "quantity": 50,
        "per_user_limit": 1,
        "starts_at": "2026-12-12T20:30:00+08:00",
        "ends_at": "2026-12-12T21:00:00+08:00",
        "live_room_id": "room-1212-night",
    },
    # ended
    {
        "id": "fs-perfume",
        "product_id": "perfume_en",
        "price": "199.00",
        "quantity": 30,
        "per_user_limit": 1,
        "starts_at": "2026-12-12T19:00:00+08:00",
        "ends_at": "2026-12-12T19:30:00+08:00",
        "live_room_id": "room-1212-night",
    },
    {
        "id": "fs-jerky",
        "product_id": "jerky_zh",
        "price": "59.00",
        "quantity": 100,
        "per_user_limit": 2,
        "starts_at": "2026-12-11T20:00:00+08:00",
        "ends_at": "2026-12-11T22:00:00+08:00",
    },
]

# --------------------------------------------------------------------------------------------
# queries and judgments
#   Q(text, tags, judged) -- judged is "key:grade key:grade ..."; every product graded >= 1 is
#   listed (complete as far as a careful pass gets), grade-0 entries name the traps.
#   price=(lo, hi) is the query's price bound (inclusive; None for open), live=True restricts to
#   the cart of a room live at the anchor, flash=True to products with a flash sale running.
# --------------------------------------------------------------------------------------------
QUERIES: list[dict] = []


def Q(text, tags, judged, *, price=None, live=False, flash=False):
    QUERIES.append(
        {
            "text": text,
            "tags": tags.split(),
            "judged": judged,
            "price": price,
            "live": live,
            "flash": flash,
        }
    )


# ---------------------------------------------------------------- colloquial: a need, a person, an occasion
Q(
    "换季干皮 脸上起皮咋办",
    "zh colloquial",
    "facecream_zh:3 nightcream_en:2 toner_en:2 sheetmask_zh:2 serum_en:1 cleanser_zh:1 eyecream_zh:1 bodylotion_zh:1 "
    "babylotion_zh:1 handcream_zh:0 footcream_en:0 mmoisturizer_en:0 cushion_zh:0",
)
Q(
    "冬天手脚冰凉 有啥好物",
    "zh colloquial",
    "hotwaterbag_zh:3 warmpatch_zh:3 eblanket_zh:2 heater_en:2 footbath_zh:2 wgloves_zh:2 heatingpad_en:1 kneepad_zh:1 "
    "wthermal_zh:1 mthermal_zh:1 socks_en:1 wsnowboots_zh:1 throw_en:1 slippers_zh:1 footwarmer_en:0",
)
Q(
    "猫咪掉毛 沙发上全是毛",
    "zh colloquial",
    "petcomb_zh:3 glove_en:3 lintroller_zh:3 petshampoo_en:1 broom_zh:0 robotvac_zh:0 catlitter_zh:0 milkfleece_zh:0 towel_zh:0",
)
Q(
    "送男朋友圣诞礼物 预算三百",
    "zh colloquial price",
    "wallet_en:3 belt_zh:3 shaver_en:3 smartwatch_en:3 earbuds_zh:3 speaker_zh:2 hoodie_en:2 running_en:2 keyboard_en:2 "
    "mmoisturizer_en:2 chocolate_en:2 puffer_en:2 socks_en:1 mouse_zh:1 powerbank_zh:1 jeans_en:1 mthermal_zh:1 mcleanser_zh:1 "
    "candle_en:1 mshirt_zh:1 scarf_en:1 headphones_en:0 mshoes_zh:0 mdown_zh:0 perfume_en:0 handbag_en:0 lipstick_zh:0",
    price=(None, 300),
)
Q(
    "给爸妈买点实用的 老人用得上",
    "zh colloquial",
    "bp_zh:3 glucose_zh:3 neckmassager_zh:3 footbath_zh:3 kneepad_zh:3 cane_zh:3 pillbox_zh:3 readingglasses_en:3 hearing_en:3 "
    "calcium_en:3 heatingpad_en:3 massagegun_en:2 thermometer_en:2 eblanket_zh:2 oximeter_en:1 warmpatch_zh:1 goji_zh:1 "
    "dates_zh:1 hotwaterbag_zh:1 smartwatch_en:1 kidswatch_zh:0",
)
Q(
    "gift for my dad who has everything",
    "en colloquial",
    "massagegun_en:3 neckmassager_zh:3 puer_zh:3 wallet_en:3 smartwatch_en:2 shaver_en:2 belt_zh:2 footbath_zh:2 nuts_zh:2 "
    "chocolate_en:2 heatingpad_en:1 socks_en:1 scarf_en:1 readingglasses_en:1 bp_zh:1 walnuts_en:1 perfume_en:0",
)
Q(
    "something for dry winter skin",
    "en colloquial",
    "facecream_zh:3 bodylotion_zh:3 nightcream_en:2 toner_en:2 sheetmask_zh:2 handcream_zh:2 babylotion_zh:1 lipbalm_zh:1 "
    "footcream_en:1 serum_en:1 mmoisturizer_en:0 hairoil_en:0",
)
Q(
    "上班摸鱼吃的 小零食",
    "zh colloquial",
    "latiao_zh:3 nuts_zh:3 seaweed_en:3 mango_en:3 seeds_en:3 chocolate_en:3 jerky_zh:3 pastry_zh:3 walnuts_en:2 "
    "proteinbar_en:2 dates_zh:2 coffee_en:1 oatmeal_en:1 milk_zh:1 hotpot_zh:1 luosifen_zh:0 sausage_zh:0 beefballs_zh:0 goji_zh:0 "
    "dogchew_zh:0",
)
Q(
    "宝妈囤货 家里消耗得快的",
    "zh colloquial kids",
    "diapers_zh:3 pullups_zh:3 wipes_zh:3 babylotion_zh:2 detergent_zh:1 catlitter_zh:0",
)
Q(
    "熬夜党 黑眼圈好重",
    "zh colloquial",
    "eyecream_zh:3 sheetmask_zh:1 serum_en:1 coffee_en:0 facecream_zh:0",
)
Q(
    "男朋友天天打游戏 想送他点装备",
    "zh colloquial",
    "keyboard_en:3 mouse_zh:3 headphones_en:3 earbuds_zh:2 phonestand_en:1 powerbank_zh:1 ringlight_en:0",
)
Q(
    "家里老人血压高 想在家随时量",
    "zh colloquial hard",
    "bp_zh:3 glucose_zh:0 smartwatch_en:0 oximeter_en:0 thermometer_en:0",
)
Q("宝宝长牙 老咬东西", "zh colloquial kids hard", "teether_zh:3 dogchew_zh:0 bottle_zh:0")
Q("狗子冬天出门冷得发抖", "zh colloquial", "dogcoat_en:3 leash_zh:1 petbed_en:1")
Q(
    "my kid's feet get soaked in the snow",
    "en colloquial kids",
    "kidsboots_en:3 kidsdown_zh:1 wsnowboots_zh:0 socks_en:0",
)
Q(
    "带饭上班 中午饭都凉了",
    "zh colloquial",
    "lunchbox_en:3 thermos_zh:1 tumbler_en:0 ricecooker_zh:0",
)
Q(
    "something to keep my coffee hot on the commute",
    "en colloquial",
    "tumbler_en:3 thermos_zh:3 kidsbottle_en:0 coffee_en:0 kettle_en:0 lunchbox_en:0",
)
Q(
    "刚养猫 新手都要买啥",
    "zh colloquial",
    "catfood_zh:3 catlitter_zh:3 fountain_en:3 scratcher_en:3 cattreats_en:2 petcomb_zh:2 glove_en:2 petbed_en:2 cattree_zh:1 "
    "petshampoo_en:1 lintroller_zh:1 dogfood_en:0 dogchew_zh:0",
)
Q(
    "my mom's hands crack every winter",
    "en colloquial",
    "handcream_zh:3 bodylotion_zh:1 wgloves_zh:1 footcream_en:0 lipbalm_zh:0",
)
Q("办公室开暖气太干 嗓子难受", "zh colloquial", "humidifier_zh:3 thermos_zh:1 honey_zh:1")
Q("经常出差 手机老没电", "zh colloquial", "powerbank_zh:3 charger_zh:2 cable_zh:1")
Q("直播带货 想要个补光的", "zh colloquial synonym", "ringlight_en:3 phonestand_en:2")
Q(
    "老寒腿 一到冬天膝盖就疼",
    "zh colloquial",
    "kneepad_zh:3 heatingpad_en:2 warmpatch_zh:2 massagegun_en:1 mthermal_zh:1 wthermal_zh:1 footbath_zh:1 cane_zh:0",
)
Q(
    "低头族 脖子酸得不行",
    "zh colloquial",
    "neckmassager_zh:3 massagegun_en:2 heatingpad_en:2 phonestand_en:1",
)
Q(
    "healthy low sugar snacks im on a diet",
    "en colloquial",
    "proteinbar_en:3 nuts_zh:3 walnuts_en:3 mango_en:2 seaweed_en:2 oatmeal_en:2 chocolate_en:1 coffee_en:1 seeds_en:1 latiao_zh:0 "
    "dates_zh:0 pastry_zh:0",
)
Q("老公胡子扎人", "zh colloquial", "shaver_en:3 mcleanser_zh:0 mmoisturizer_en:0")
Q("头发又干又毛躁", "zh colloquial", "hairoil_en:3 shampoo_zh:1 bodylotion_zh:0")
Q("my cat barely drinks any water", "en colloquial", "fountain_en:3 cattreats_en:2 catfood_zh:0")
Q("孩子上学了 想随时能联系上", "zh colloquial kids", "kidswatch_zh:3 smartwatch_en:1")
Q("walking is getting hard for grandpa", "en colloquial", "cane_zh:3 kneepad_zh:1")
Q(
    "男生 油皮 老长痘",
    "zh colloquial",
    "mcleanser_zh:3 mmoisturizer_en:3 cleanser_zh:2 cushion_zh:0 shampoo_zh:0 facecream_zh:0",
)
Q(
    "i'm always freezing at my desk",
    "en colloquial",
    "heater_en:3 hotwaterbag_zh:3 warmpatch_zh:2 throw_en:2 heatingpad_en:2 eblanket_zh:1 slippers_zh:1 wthermal_zh:1 "
    "mthermal_zh:1 footwarmer_en:0",
)
Q(
    "去哈尔滨看冰雪大世界 怕冻",
    "zh colloquial",
    "wdown_zh:3 mdown_zh:3 wsnowboots_zh:3 wthermal_zh:3 mthermal_zh:3 puffer_en:2 warmpatch_zh:2 wgloves_zh:2 legging_zh:2 "
    "jeans_en:2 socks_en:2 scarf_en:1 yoga_en:1 kidsdown_zh:1 kidsboots_en:1 woolcoat_zh:1 quilt_zh:0",
)
Q(
    "送女朋友 有心意一点的",
    "zh colloquial",
    "perfume_en:3 handbag_en:3 lipstick_zh:3 candle_en:2 chocolate_en:2 handcream_zh:2 pajamas_en:2 scarf_en:1 facecream_zh:1 "
    "serum_en:1 nightcream_en:1",
)
Q("衣服太多 柜子塞不下了", "zh colloquial", "storagebox_zh:3")
# ---------------------------------------------------------------- synonym: another word than the listing uses
Q("尿不湿 L码", "zh synonym attribute kids", "diapers_zh:3 pullups_zh:1 wipes_zh:0")
Q("暖宝宝 贴的那种", "zh synonym hard", "warmpatch_zh:3 hotwaterbag_zh:0 kneepad_zh:0")
Q("电饭锅 3升", "zh synonym attribute", "ricecooker_zh:3 wok_zh:0 airfryer_en:0")
Q("充电头 快充", "zh synonym hard", "charger_zh:3 cable_zh:1 powerbank_zh:0")
Q("移动电源 能带上飞机的", "zh synonym attribute", "powerbank_zh:3 charger_zh:0")
Q("洗面奶", "zh synonym", "cleanser_zh:3 mcleanser_zh:3 micellar_en:1")
Q(
    "冬天盖的厚棉被",
    "zh synonym hard",
    "quilt_zh:3 milkfleece_zh:1 throw_en:1 eblanket_zh:0 wdown_zh:0",
)
Q(
    "手机套 苹果16",
    "zh synonym hard attribute",
    "case16_zh:3 screen16_en:1 case16pro_zh:0 case15_en:0 casemate60_en:0",
)
Q("耳麦 打游戏用", "zh synonym", "headphones_en:3 earbuds_zh:2")
Q("蓝牙音响 户外用", "zh synonym hard", "speaker_zh:3 earbuds_zh:0 headphones_en:0")
Q("居家鞋 冬天穿不冻脚", "zh synonym colloquial", "slippers_zh:3 wsnowboots_zh:1")
Q(
    "moisturiser",
    "en synonym",
    "facecream_zh:3 mmoisturizer_en:3 nightcream_en:3 bodylotion_zh:2 toner_en:1 babylotion_zh:1 handcream_zh:1",
)
Q("nappies size L", "en synonym attribute kids", "diapers_zh:3 pullups_zh:1 wipes_zh:0")
Q(
    "duvet for winter",
    "en synonym hard",
    "quilt_zh:3 throw_en:1 milkfleece_zh:1 eblanket_zh:0 wdown_zh:0",
)
Q("挎包 女", "zh synonym", "handbag_en:3 laptopbag_en:0")
Q("沙发盖毯", "zh synonym hard", "throw_en:3 eblanket_zh:0 milkfleece_zh:0")
Q("刮胡刀", "zh synonym", "shaver_en:3")
Q("筋膜枪", "zh synonym", "massagegun_en:3 neckmassager_zh:1")
Q("化妆水 补水", "zh synonym hard", "toner_en:3 sheetmask_zh:1 micellar_en:0")
Q("猫条", "zh synonym", "cattreats_en:3 catfood_zh:1")
Q("额温枪", "zh synonym", "thermometer_en:3")
Q("pram", "en synonym kids", "stroller_en:3 carrier_en:1")
# ---------------------------------------------------------------- typo: 拼音, 同音字, misspellings
Q(
    "羽绒福 女",
    "zh typo hard",
    "wdown_zh:3 woolcoat_zh:1 mdown_zh:1 puffer_en:1 kidsdown_zh:0 quilt_zh:0 knitdress_zh:0",
)
Q(
    "电热摊 双人",
    "zh typo hard",
    "eblanket_zh:3 heatingpad_en:1 hotwaterbag_zh:0 throw_en:0 quilt_zh:0",
)
Q("篮牙耳机", "zh typo hard", "earbuds_zh:3 headphones_en:2 openear_en:1 speaker_zh:0")
Q("猫沙 除臭", "zh typo", "catlitter_zh:3 cattree_zh:0 catfood_zh:0")
Q("zhiniaoku", "zh typo kids", "diapers_zh:3 pullups_zh:2 wipes_zh:0")
Q("chongdianbao", "zh typo", "powerbank_zh:3 charger_zh:0")
Q("xueyaji 老人用", "zh typo", "bp_zh:3 glucose_zh:0")
Q("护手双", "zh typo hard", "handcream_zh:3 facecream_zh:0 eyecream_zh:0 footcream_en:0")
Q("面摸 补水", "zh typo", "sheetmask_zh:3 toner_en:1 facecream_zh:0")
Q("螺丝粉", "zh typo", "luosifen_zh:3 hotpot_zh:0")
Q("保温背 500毫升", "zh typo attribute", "thermos_zh:3 tumbler_en:2 kidsbottle_en:0")
Q(
    "moisturizer for dry skn",
    "en typo",
    "facecream_zh:3 nightcream_en:2 bodylotion_zh:1 toner_en:1 babylotion_zh:1 mmoisturizer_en:0",
)
Q(
    "heatting pad for back pain",
    "en typo",
    "heatingpad_en:3 massagegun_en:1 neckmassager_zh:1 eblanket_zh:1 warmpatch_zh:1 hotwaterbag_zh:1",
)
Q("wirless mouse", "en typo", "mouse_zh:3 keyboard_en:0")
Q("strolller lightweight", "en typo kids", "stroller_en:3 carrier_en:1")
Q("sunscren for kids", "en typo kids hard", "kidssunscreen_en:3 sunscreen_zh:1 aftersun_zh:0")
Q("iphone16 shouji ke", "mixed typo hard", "case16_zh:3 screen16_en:1 case16pro_zh:0 case15_en:0")
Q("牛柔干", "zh typo", "jerky_zh:3 beefballs_zh:0")
Q("猫爬加", "zh typo", "cattree_zh:1 scratcher_en:1")
Q("blutooth speeker", "en typo hard", "speaker_zh:3 earbuds_zh:0 headphones_en:0")
Q("dog chew stiks", "en typo hard", "dogchew_zh:3 teether_zh:0")

# ---------------------------------------------------------------- price
Q(
    "面霜 100以内",
    "zh price hard",
    "mmoisturizer_en:2 babylotion_zh:1 facecream_zh:0 nightcream_en:0 eyecream_zh:0 handcream_zh:0 bodylotion_zh:0 footcream_en:0",
    price=(None, 100),
)
Q(
    "电热毯 一百以内",
    "zh price flash",
    "eblanket_zh:3 hotwaterbag_zh:0 heatingpad_en:0 throw_en:0",
    price=(None, 100),
)
Q(
    "蓝牙耳机 150以内",
    "zh price flash hard",
    "earbuds_zh:3 headphones_en:0 openear_en:0 speaker_zh:0",
    price=(None, 150),
)
Q(
    "gift for coworkers under 50",
    "en price colloquial",
    "handcream_zh:3 pastry_zh:2 lipbalm_zh:2 phonestand_en:2 mango_en:1 seaweed_en:1 latiao_zh:1 candle_en:0 chocolate_en:0 "
    "socks_en:0",
    price=(None, 50),
)
Q(
    "一百左右的保温杯",
    "zh price",
    "thermos_zh:3 tumbler_en:3 kidsbottle_en:1 lunchbox_en:0",
    price=(75, 125),
)
Q(
    "五十到一百的零食",
    "zh price",
    "jerky_zh:3 chocolate_en:3 proteinbar_en:3 walnuts_en:3 dates_zh:2 hotpot_zh:1 coffee_en:1 milk_zh:1 sausage_zh:1 "
    "beefballs_zh:1 nuts_zh:0 mango_en:0 seaweed_en:0 latiao_zh:0 seeds_en:0 pastry_zh:0 luosifen_zh:0 oatmeal_en:0 goji_zh:0",
    price=(50, 100),
)
Q(
    "几十块的小礼物",
    "zh price colloquial",
    "handcream_zh:3 candle_en:3 chocolate_en:3 lipstick_zh:3 lipbalm_zh:2 pastry_zh:2 thermos_zh:2 tumbler_en:2 belt_zh:2 "
    "socks_en:2 wgloves_zh:2 phonestand_en:1 nuts_zh:0 wallet_en:0 perfume_en:0 scarf_en:0",
    price=(10, Decimal("99.99")),
)
Q(
    "200以内的羽绒服",
    "zh price nothing hard",
    "wdown_zh:0 mdown_zh:0 kidsdown_zh:0 puffer_en:0 quilt_zh:0 knitdress_zh:0",
    price=(None, 200),
)
Q("air fryer under 300", "en price nothing soon", "airfryer_en:0", price=(None, 300))
Q("血压计 两百左右", "zh price", "bp_zh:3 glucose_zh:0", price=(150, 250))
Q("猫砂 50以内", "zh price flash", "catlitter_zh:3", price=(None, 50))
Q(
    "skincare for my mom 100-200",
    "en price",
    "facecream_zh:3 eyecream_zh:3 nightcream_en:3 serum_en:3 cushion_zh:1 bodylotion_zh:0 toner_en:0 handcream_zh:0 "
    "perfume_en:0",
    price=(100, 200),
)
Q(
    "女士保暖内衣 六十以内",
    "zh price flash",
    "wthermal_zh:3 legging_zh:1 mthermal_zh:0 yoga_en:0",
    price=(None, 60),
)
Q(
    "men's shoes under 300",
    "en price",
    "running_en:3 slippers_zh:1 mshoes_zh:0 wsneakers_en:0 wsnowboots_zh:0 kidsboots_en:0",
    price=(None, 300),
)
Q(
    "phone case under 40",
    "en price",
    "case16_zh:3 case16pro_zh:3 casemate60_en:3 screen16_en:1 case15_en:0",
    price=(None, 40),
)
Q("一千以内的婴儿推车", "zh price kids", "stroller_en:3 carrier_en:1", price=(None, 1000))
Q("洗衣凝珠 三十左右", "zh price", "detergent_zh:3", price=(Decimal("22.5"), Decimal("37.5")))
Q("香水 200以内", "zh price nothing", "perfume_en:0 candle_en:0", price=(None, 200))
Q("牛肉干 六十以内", "zh price nothing", "jerky_zh:0 beefballs_zh:0", price=(None, 60))
Q(
    "200块以内 送我爸",
    "zh price colloquial",
    "belt_zh:3 wallet_en:3 shaver_en:3 neckmassager_zh:3 massagegun_en:3 puer_zh:3 heatingpad_en:2 socks_en:2 kneepad_zh:2 "
    "bp_zh:2 readingglasses_en:2 thermos_zh:2 nuts_zh:2 calcium_en:1 jerky_zh:1 footbath_zh:0 smartwatch_en:0 mshoes_zh:0 "
    "hearing_en:0",
    price=(None, 200),
)
Q(
    "snacks under 30",
    "en price",
    "latiao_zh:3 mango_en:3 seaweed_en:3 seeds_en:3 pastry_zh:0 chocolate_en:0 hotpot_zh:0 dogchew_zh:0",
    price=(None, 30),
)

# ---------------------------------------------------------------- live now / flash sales
Q("直播间里的羽绒服", "zh live", "wdown_zh:3 mdown_zh:0 kidsdown_zh:0 puffer_en:0", live=True)
Q(
    "现在在秒杀的有啥",
    "zh flash",
    "eblanket_zh:3 earbuds_zh:3 wthermal_zh:3 catlitter_zh:3 diapers_zh:3 airfryer_en:0 jerky_zh:0 perfume_en:0",
    flash=True,
)
Q(
    "what's on flash sale right now",
    "en flash",
    "eblanket_zh:3 earbuds_zh:3 wthermal_zh:3 catlitter_zh:3 diapers_zh:3 airfryer_en:0 jerky_zh:0 perfume_en:0",
    flash=True,
)
Q("正在直播的电热毯", "zh live", "eblanket_zh:3 hotwaterbag_zh:1 heatingpad_en:0", live=True)
Q(
    "直播间 护肤的",
    "zh live",
    "facecream_zh:3 handcream_zh:2 perfume_en:1 eyecream_zh:0 serum_en:0 toner_en:0 sheetmask_zh:0 sunscreen_zh:0 cleanser_zh:0",
    live=True,
)
Q(
    "live now cat stuff",
    "en live",
    "catlitter_zh:3 catfood_zh:0 cattreats_en:0 scratcher_en:0 fountain_en:0",
    live=True,
)
Q("马上开始的秒杀", "zh soon", "airfryer_en:3")

# ---------------------------------------------------------------- nothing: not sold here (near misses graded 0/1)
Q("笔记本电脑 轻薄本", "zh nothing hard", "laptopbag_en:1 charger_zh:1 mouse_zh:1 keyboard_en:1")
Q("猫砂盆", "zh nothing hard", "catlitter_zh:1 cattree_zh:0")
Q("扫地机器人", "zh nothing hard", "robotvac_zh:0 broom_zh:0 mop_zh:0")
Q("男士雪地靴", "zh nothing hard", "wsnowboots_zh:1 kidsboots_en:0 running_en:0 mshoes_zh:0")
Q("men's cologne", "en nothing hard", "perfume_en:1 candle_en:0")
Q("男士手套 加绒", "zh nothing hard", "wgloves_zh:1")
Q("除湿机 回南天用", "zh nothing hard", "humidifier_zh:0")
Q("宝宝奶粉 一段", "zh nothing kids", "bottle_zh:1 milk_zh:0")
Q("iPad 平板", "mixed nothing", "charger_zh:1 mouse_zh:1 phonestand_en:0 laptopbag_en:0")
Q(
    "iPhone 16 Pro Max 手机壳",
    "mixed nothing hard attribute",
    "case16pro_zh:0 case16_zh:0 screen16_en:0",
)
Q("宠物牙膏", "zh nothing", "dogchew_zh:1")
Q("wedding dress", "en nothing", "knitdress_zh:0")
Q("老人手机 字大声音大", "zh nothing", "smartwatch_en:0 kidswatch_zh:0 hearing_en:0")
Q("猫罐头 主食罐", "zh nothing hard", "cattreats_en:1 catfood_zh:1")
Q("running shoes for women", "en nothing hard", "running_en:1 wsneakers_en:1")
Q("kids down jacket size 160", "en nothing kids attribute", "kidsdown_zh:1 wdown_zh:0 puffer_en:0")
Q("吹风鸡", "zh nothing typo", "hairoil_en:0")
Q("男士睡衣", "zh nothing hard", "pajamas_en:1")

# ---------------------------------------------------------------- plain product needs, confusables, cross-language
Q("眼霜", "zh hard", "eyecream_zh:3 facecream_zh:0 handcream_zh:0")
Q(
    "iPhone 16 Pro 手机壳",
    "mixed hard attribute",
    "case16pro_zh:3 case16_zh:0 case15_en:0 screen16_en:0",
)
Q(
    "iphone 15 case",
    "en hard attribute",
    "case15_en:3 case16_zh:0 case16pro_zh:0 casemate60_en:0 screen16_en:0",
)
Q(
    "bluetooth speaker waterproof",
    "en hard attribute",
    "speaker_zh:3 earbuds_zh:0 headphones_en:0 openear_en:0",
)
Q("noise cancelling headphones", "en", "headphones_en:3 earbuds_zh:2 openear_en:0 speaker_zh:0")
Q("electric blanket", "en hard", "eblanket_zh:3 heatingpad_en:1 throw_en:0 hotwaterbag_zh:0")
Q("pull-ups for toddlers", "en kids", "pullups_zh:3 diapers_zh:2")
Q("teething toy for baby", "en kids hard", "teether_zh:3 dogchew_zh:0")
Q("儿童电动牙刷", "zh kids hard", "kidstoothbrush_zh:3 toothbrush_en:0")
Q("儿童保温杯 带吸管", "zh kids hard", "kidsbottle_en:3 thermos_zh:0")
Q("男士保暖内衣 XL", "zh hard attribute", "mthermal_zh:3 wthermal_zh:1")
Q("羽绒被", "zh hard", "quilt_zh:3 wdown_zh:0 mdown_zh:0 kidsdown_zh:0")
Q("牛奶 整箱", "zh hard", "milk_zh:3 milkfleece_zh:0")
Q("防晒霜 军训用", "zh", "sunscreen_zh:3 kidssunscreen_en:2 aftersun_zh:0")
Q("after sun aloe gel", "en hard", "aftersun_zh:3 sunscreen_zh:0 kidssunscreen_en:0")
Q("fleece lined leggings", "en", "legging_zh:3 yoga_en:3 jeans_en:0")
Q("honey", "en", "honey_zh:1")
Q("云南特产", "zh", "pastry_zh:3 puer_zh:3")
Q("新疆特产", "zh", "dates_zh:3 walnuts_en:3 towel_zh:1")
Q("血氧仪", "zh", "oximeter_en:1 smartwatch_en:2")
Q("助听器 老人", "zh", "hearing_en:2")
Q("婴儿背带", "zh kids", "carrier_en:1 leash_zh:0")
Q("blood sugar monitor", "en hard", "glucose_zh:3 bp_zh:0 smartwatch_en:0 oximeter_en:0")

# --------------------------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------------------------
LANG_TAGS = {"zh", "en", "mixed"}
HAND_TAGS = LANG_TAGS | {
    "colloquial",
    "synonym",
    "typo",
    "price",
    "live",
    "flash",
    "soon",
    "nothing",
    "attribute",
    "kids",
    "hard",
}
BY_KEY = {p["key"]: p for p in PRODUCTS}


def t(s: str) -> datetime:
    return datetime.fromisoformat(s)


def running(sale) -> bool:
    return t(sale["starts_at"]) <= ANCHOR < t(sale["ends_at"])


def anchor_price(p) -> Decimal:
    """What the eval rules say a shopper pays at the anchor: the product-wide flash price if one
    runs, else the listed price (with SKUs: the cheapest SKU, in stock if any)."""
    base = Decimal(p["price"])
    if p.get("skus"):
        in_stock = [s for s in p["skus"] if s["stock"] > 0] or p["skus"]
        sku_prices = [Decimal(s["price"]) for s in in_stock]
    else:
        sku_prices = [base]
    best = min(sku_prices)
    for f in FLASH:
        if f["product_id"] == p["key"] and "sku_id" not in f and running(f):
            flash = Decimal(f["price"])
            best = min(best, min(max(sp - (base - flash), flash) for sp in sku_prices))
    return best


def lang_of(p) -> str:
    return "zh" if p["language"].startswith("zh") else "en"


def parse_judged(q, errors):
    out = {}
    for item in q["judged"].split():
        key, _, g = item.partition(":")
        if key not in BY_KEY:
            errors.append(f"{q['text']!r}: unknown product {key}")
            continue
        if key in out:
            errors.append(f"{q['text']!r}: {key} judged twice")
        if g not in {"0", "1", "2", "3"}:
            errors.append(f"{q['text']!r}: {key}: bad grade {g!r}")
            continue
        out[key] = int(g)
    return out


def check():
    errors = []
    # catalog design invariants the judgments rely on
    live_keys = set()
    for r in ROOMS:
        for k in r["product_ids"]:
            if k not in BY_KEY:
                errors.append(f"room {r['id']}: unknown product {k}")
        if len(set(r["product_ids"])) != len(r["product_ids"]):
            errors.append(f"room {r['id']}: a product listed twice")
        if t(r["starts_at"]) <= ANCHOR < t(r["ends_at"]):
            live_keys |= set(r["product_ids"])
    for v in VIDEOS:
        for k in v["product_ids"]:
            if k not in BY_KEY:
                errors.append(f"video {v['id']}: unknown product {k}")
    flash_now = set()
    ids = [f["id"] for f in FLASH]
    if len(set(ids)) != len(ids):
        errors.append("duplicate flash sale id")
    for f in FLASH:
        p = BY_KEY.get(f["product_id"])
        if p is None:
            errors.append(f"flash {f['id']}: unknown product {f['product_id']}")
            continue
        if "sku_id" in f:
            sku = {s["id"]: s for s in p.get("skus", [])}.get(f["sku_id"])
            if sku is None:
                errors.append(f"flash {f['id']}: unknown sku {f['sku_id']}")
                continue
            if Decimal(f["price"]) >= Decimal(sku["price"]):
                errors.append(f"flash {f['id']}: not below the SKU price")
            # a SKU sale must not undercut the price the price-bound rule uses
            if running(f) and Decimal(f["price"]) < anchor_price(p):
                errors.append(
                    f"flash {f['id']}: SKU sale undercuts the product's anchor price (ambiguous for price bounds)"
                )
        elif Decimal(f["price"]) >= Decimal(p["price"]):
            errors.append(f"flash {f['id']}: not below the product price")
        if running(f):
            flash_now.add(f["product_id"])
    seen_text = set()
    for q in QUERIES:
        text = q["text"]
        if text in seen_text:
            errors.append(f"duplicate query {text!r}")
        seen_text.add(text)
        tags = q["tags"]
        unknown = set(tags) - HAND_TAGS
        if unknown:
            errors.append(f"{text!r}: unknown tags {sorted(unknown)}")
        if len(set(tags) & LANG_TAGS) != 1:
            errors.append(f"{text!r}: needs exactly one of zh/en/mixed")
        if len(set(tags)) != len(tags):
            errors.append(f"{text!r}: a tag twice")
        if ("price" in tags) != (q["price"] is not None):
            errors.append(f"{text!r}: 'price' tag and price bound disagree")
        # live: the query is restricted to live carts; flash: a running flash sale matters (the
        # "what is on flash sale now" queries are also restricted to products with one running)
        if ("live" in tags) != q["live"] or (q["flash"] and "flash" not in tags):
            errors.append(f"{text!r}: live/flash tag and constraint disagree")
        judged = parse_judged(q, errors)
        q["grades"] = judged
        for key, g in judged.items():
            p = BY_KEY[key]
            if g >= 1 and p.get("status") == "off_shelf":
                errors.append(f"{text!r}: off-shelf {key} graded {g}")
            if g >= 2 and p["stock"] == 0:
                errors.append(f"{text!r}: sold-out {key} graded {g}")
            if g >= 1 and q["price"] is not None:
                lo, hi = q["price"]
                ap = anchor_price(p)
                if (lo is not None and ap < Decimal(str(lo))) or (
                    hi is not None and ap > Decimal(str(hi))
                ):
                    errors.append(
                        f"{text!r}: {key} at {ap} breaks the price bound {q['price']} but is graded {g}"
                    )
            if g >= 1 and q["live"] and key not in live_keys:
                errors.append(
                    f"{text!r}: {key} is not in a live room's cart at the anchor but is graded {g}"
                )
            if g >= 1 and q["flash"] and key not in flash_now:
                errors.append(
                    f"{text!r}: {key} has no flash sale running at the anchor but is graded {g}"
                )
        top = max(judged.values(), default=0)
        if "nothing" in tags and top >= 2:
            errors.append(f"{text!r}: tagged nothing but has a product graded {top}")
        if "nothing" not in tags and top == 0:
            errors.append(f"{text!r}: no product graded >= 1; tag it nothing")
    return errors


def computed_tags(q):
    """cross_lingual / xl_only as eval/README.md defines them (mixed queries get neither)."""
    lang = next(tg for tg in q["tags"] if tg in LANG_TAGS)
    if lang == "mixed":
        return []
    good = [BY_KEY[k] for k, g in q["grades"].items() if g >= 2]
    other = [p for p in good if lang_of(p) != lang]
    if not other:
        return []
    return ["cross_lingual", "xl_only"] if len(other) == len(good) else ["cross_lingual"]


def product_record(p):
    rec = {k: v for k, v in p.items() if k != "key"}
    rec["id"] = KEY_TO_ID[p["key"]]
    # keep "type" and "id" first for readability
    return {"type": "product", "id": rec.pop("id"), **{k: v for k, v in rec.items() if k != "type"}}


def main():
    errors = check()
    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        print(f"nothing written: {len(errors)} errors", file=sys.stderr)
        return 1

    def dump(r):
        return json.dumps(r, ensure_ascii=False)

    lines = [
        f"// anchor: {ANCHOR_TEXT}",
        "// dev-search3: 禾悦好物社 / Heyue Goods - generated by build.py, do not edit by hand",
    ]
    lines += [dump(c) for c in CREATORS]
    lines += [dump(product_record(p)) for p in PRODUCTS]
    for r in ROOMS:
        lines.append(dump({**r, "product_ids": [KEY_TO_ID[k] for k in r["product_ids"]]}))
    for v in VIDEOS:
        lines.append(dump({**v, "product_ids": [KEY_TO_ID[k] for k in v["product_ids"]]}))
    for f in FLASH:
        lines.append(
            dump(
                {
                    "type": "flash_sale",
                    **{k: (KEY_TO_ID[v] if k == "product_id" else v) for k, v in f.items()},
                }
            )
        )
    (HERE / "products.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    qlines, rel = [], []
    for n, q in enumerate(QUERIES, 1):
        qid = f"ds3-{n:03d}"
        qlines.append(dump({"id": qid, "text": q["text"], "tags": q["tags"] + computed_tags(q)}))
        for key, g in q["grades"].items():
            rel.append(f"{qid}\t{KEY_TO_ID[key]}\t{g}")
    (HERE / "queries.jsonl").write_text("\n".join(qlines) + "\n", encoding="utf-8")
    (HERE / "qrels.tsv").write_text("\n".join(rel) + "\n", encoding="utf-8")

    # summary
    from collections import Counter

    tags = Counter(tg for line in qlines for tg in json.loads(line)["tags"])
    langs = Counter(lang_of(p) for p in PRODUCTS)
    print(
        f"{len(PRODUCTS)} products ({langs['zh']} zh, {langs['en']} en), {len(QUERIES)} queries, {len(rel)} judged pairs"
    )
    print("tags:", ", ".join(f"{k} {v}" for k, v in sorted(tags.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
