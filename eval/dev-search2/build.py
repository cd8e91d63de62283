#!/usr/bin/env python3
"""Build the dev-search2 search evaluation set: products.jsonl, queries.jsonl, qrels.tsv.

Standard library only, deterministic output.  Run from anywhere:

    python3 eval/dev-search2/build.py

The shop (小满好物铺 / Xiaoman Goods, a Douyin-style live-room general store) and every
query and judgment were written by hand for this set, without reading the search code or
the other evaluation sets' queries.  Before writing anything the script checks the catalog
against docs/catalog-format.md and every judgment against the rules of eval/README.md:

* unknown product or query ids, grades outside 0-3, a pair judged twice;
* a product graded > 0 whose price at the anchor breaks the query's price bound.  The price
  is checked two ways and both must pass: (a) eval/README.md's rule - the running
  product-wide flash-sale price, else the listed price (cheapest SKU for products with
  SKUs); (b) the shopper's view - every running sale applied (SKU sales too), cheapest SKU
  that is in stock;
* a sold-out product (total stock 0) graded above 1, an off-shelf product graded above 0;
* a query without judgments that is not tagged `nothing`, a `nothing` query with a grade > 0;
* language tags (exactly one of zh/en/mixed) and the `cross_lingual` tag: set exactly when
  the query is zh or en, has a product graded >= 2, and every product graded >= 2 is listed
  in the other language.

It refuses to write (exit status 1) on any problem.
"""

import json
import os
import re
import sys
from collections import Counter
from datetime import datetime
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ANCHOR = "2026-11-05T20:30:00+08:00"
CREATOR = "c-xiaoman"
ROOM = "room-xm-1105"
SHOP_ZH = "小满好物铺"
SHOP_EN = "Xiaoman Goods Store"
SHIP_ZH = "48小时内发货，包邮（偏远地区除外）"
SHIP_EN = "Ships within 48 hours, free shipping (remote areas excluded)"

# =========================================================================== products

PRODUCTS = []


def _p(
    lang,
    pid,
    title,
    category,
    price,
    stock,
    description,
    attributes,
    tags,
    brand,
    original=None,
    skus=None,
    status=None,
    faqs=None,
    return_policy=None,
):
    rec = {
        "type": "product",
        "id": "xm-" + pid,
        "title": title,
        "category": category,
        "price": price,
    }
    if original is not None:
        rec["original_price"] = original
    rec["currency"] = "CNY"
    if skus:
        rec["stock"] = sum(s["stock"] for s in skus)
    else:
        rec["stock"] = stock
    rec["status"] = status or "on_sale"
    rec["description"] = description
    rec["brand"] = brand
    rec["shop"] = SHOP_ZH if lang == "zh" else SHOP_EN
    rec["creator_id"] = CREATOR
    rec["attributes"] = attributes
    if skus:
        rec["skus"] = skus
    if faqs:
        rec["faqs"] = faqs
    rec["images"] = [f"https://img.example.com/xiaoman/{pid}/1.jpg"]
    rec["tags"] = tags
    rec["shipping"] = SHIP_ZH if lang == "zh" else SHIP_EN
    rec["return_policy"] = return_policy or "7day_no_reason"
    rec["language"] = "zh-CN" if lang == "zh" else "en"
    PRODUCTS.append(rec)


def zh(*a, **k):
    _p("zh", *a, **k)


def en(*a, **k):
    _p("en", *a, **k)


def sku(sid, attrs, price, stock):
    return {"id": sid, "attributes": attrs, "price": price, "stock": stock}


# ---------------------------------------------------------------- snacks & drinks

zh(
    "nuts",
    "每日坚果 混合果仁 独立小包装 孕妇儿童可吃",
    "零食/坚果炒货/混合坚果",
    "59.00",
    None,
    "腰果、巴旦木、榛子仁、核桃仁、蔓越莓干、蓝莓干六种搭配，每包25g，一天一包刚刚好。充氮保鲜，开袋酥脆。",
    {
        "净含量": "25g×15包 / 25g×30包",
        "保质期": "180天",
        "配料": "腰果、巴旦木、榛子仁、核桃仁、蔓越莓干、蓝莓干",
    },
    ["坚果", "办公室零食", "年货"],
    "果仁日记",
    original="79.00",
    skus=[
        sku("box15", {"规格": "15包装"}, "59.00", 60),
        sku("box30", {"规格": "30包礼盒装"}, "99.00", 40),
    ],
    return_policy="no_return",
)
zh(
    "latiao",
    "麻辣大刀肉 辣条 80后童年怀旧零食 20包",
    "零食/休闲零食/辣条",
    "19.90",
    200,
    "面筋制品，麻辣味，独立小包装，追剧解馋。",
    {"口味": "麻辣", "净含量": "28g×20包", "保质期": "9个月"},
    ["辣条", "解馋", "怀旧零食"],
    "卫小辣",
    original="25.00",
    return_policy="no_return",
)
zh(
    "latiao-old",
    "【清仓】大刀肉辣条 老包装 10包",
    "零食/休闲零食/辣条",
    "9.90",
    50,
    "老包装清仓，数量有限。",
    {"口味": "麻辣", "净含量": "28g×10包"},
    ["辣条", "清仓"],
    "卫小辣",
    status="off_shelf",
    return_policy="no_return",
)
zh(
    "luosifen",
    "柳州螺蛳粉 正宗广西特产 加辣加臭 5袋装",
    "零食/方便速食/螺蛳粉",
    "49.90",
    80,
    "米粉、酸笋、腐竹、花生、木耳一袋配齐，煮6-8分钟即可，汤底浓郁。",
    {"规格": "330g×5袋", "辣度": "中辣（附加辣包）", "食用方式": "煮食"},
    ["螺蛳粉", "宿舍美食", "速食"],
    "柳小螺",
    original="69.90",
    return_policy="no_return",
)
zh(
    "hotpot",
    "自热小火锅 麻辣牛肉 懒人速食 不用火不用电 3盒装",
    "零食/方便速食/自热火锅",
    "59.00",
    50,
    "加冷水即可自热，15分钟开吃。内含牛肉、宽粉、土豆片、海带。",
    {"口味": "麻辣牛肉", "规格": "3盒", "加热方式": "冷水自热"},
    ["自热火锅", "宿舍", "露营"],
    "懒厨",
    original="79.00",
    return_policy="no_return",
)
zh(
    "coffee",
    "冻干速溶黑咖啡 0糖0脂 冷热水秒溶 24颗",
    "饮品/咖啡/速溶咖啡",
    "69.00",
    300,
    "三种烘焙度组合，冰水也能3秒溶解。早八、开车犯困来一颗。",
    {"规格": "2g×24颗", "口味": "美式黑咖啡", "含糖": "0糖"},
    ["咖啡", "黑咖啡", "速溶"],
    "三点半",
    original="99.00",
    return_policy="no_return",
)
zh(
    "longjing",
    "西湖龙井 明前特级 2026新茶 绿茶 250g礼盒装",
    "饮品/茶叶/绿茶",
    "298.00",
    20,
    "杭州西湖产区，明前采摘，扁平挺直，豆花香。礼盒附手提袋，送长辈有面子。",
    {"产地": "浙江杭州", "等级": "特级", "净含量": "250g（125g×2罐）", "采摘时间": "明前"},
    ["龙井", "绿茶", "送礼"],
    "湖畔茶人",
    original="398.00",
    return_policy="no_return",
)
en(
    "en-oolong",
    "Anxi Tieguanyin Oolong Tea, Loose Leaf, 500g Gift Tin",
    "Drinks/Tea/Oolong Tea",
    "168.00",
    25,
    "Fragrant light-roast Tieguanyin from Anxi, Fujian. Orchid aroma and a sweet aftertaste; "
    "rebrews 6-7 times. Comes in a red gift tin with a carry bag - a classic present for parents "
    "and tea lovers.",
    {
        "Origin": "Anxi, Fujian",
        "Roast": "Light (fragrant style)",
        "Net weight": "500g (about 62 sachets of 8g)",
    },
    ["oolong", "tea gift", "loose leaf"],
    "Cloud Peak Tea",
    original="228.00",
    return_policy="no_return",
)
en(
    "en-electrolyte",
    "Electrolyte Drink Mix, Sugar-Free, 20 Sachets, Lemon Flavour",
    "Drinks/Sports Drinks/Electrolyte Powder",
    "59.00",
    70,
    "Sodium, potassium and magnesium to rehydrate after workouts, hot days or a long run. "
    "Mix one sachet with 500ml of water.",
    {"Flavour": "Lemon", "Sugar": "0 g", "Servings": "20 sachets"},
    ["hydration", "sports drink", "workout"],
    "Hydra Lab",
    return_policy="no_return",
)
zh(
    "sparkling",
    "0糖0卡 白桃味苏打气泡水 330ml×24瓶 整箱",
    "饮品/饮料/气泡水",
    "59.90",
    40,
    "赤藓糖醇代糖，冰镇后更好喝。",
    {"口味": "白桃", "规格": "330ml×24瓶", "含糖": "0糖"},
    ["气泡水", "无糖饮料", "整箱"],
    "泡泡岛",
    original="79.00",
    return_policy="no_return",
)
en(
    "en-jerky",
    "Spicy Beef Jerky, High Protein Snack, 200g Resealable Bag",
    "Snacks/Meat Snacks/Jerky",
    "45.00",
    60,
    "Air-dried strips of beef marinated with chilli and Sichuan pepper. 35 g of protein per 100 g.",
    {"Flavour": "Spicy chilli", "Net weight": "200g", "Protein": "35g per 100g"},
    ["jerky", "high protein", "spicy snack"],
    "Range Trail",
    original="59.00",
    return_policy="no_return",
)
zh(
    "proteinbar",
    "乳清蛋白棒 低GI 饱腹代餐 健身零食 12支装",
    "零食/健康零食/蛋白棒",
    "79.00",
    45,
    "每支含蛋白质15g，巧克力脆米口味，早上来不及吃饭或训练前后都能来一根。",
    {"规格": "50g×12支", "蛋白质": "15g/支", "口味": "巧克力脆米"},
    ["蛋白棒", "代餐", "健身"],
    "燃纪",
    original="99.00",
    return_policy="no_return",
)
en(
    "en-oats",
    "Rolled Oats, No Added Sugar, 1kg Bag",
    "Food/Breakfast/Oatmeal",
    "29.90",
    90,
    "Whole-grain Australian oats. Cook for 3 minutes, or soak overnight with milk or yoghurt "
    "for a grab-and-go breakfast.",
    {"Net weight": "1kg", "Added sugar": "None", "Origin": "Australia"},
    ["oatmeal", "breakfast", "whole grain"],
    "Morning Field",
    return_policy="no_return",
)
zh(
    "honey",
    "农家土蜂蜜 百花蜜 500g 玻璃瓶装",
    "食品/冲饮/蜂蜜",
    "39.00",
    0,
    "山区农户自养蜂，自然成熟，冬季易结晶属正常现象。",
    {"净含量": "500g", "蜜种": "百花蜜"},
    ["蜂蜜", "冲饮"],
    "山野蜂",
    return_policy="no_return",
)
zh(
    "milk",
    "全脂纯牛奶 250ml×24盒 整箱 早餐奶",
    "饮品/乳品/纯牛奶",
    "65.00",
    30,
    "内蒙古牧场奶源，每100ml含3.6g乳蛋白。",
    {"规格": "250ml×24盒", "蛋白质": "3.6g/100ml", "产地": "内蒙古"},
    ["牛奶", "整箱", "早餐"],
    "草原晨光",
    original="79.00",
    return_policy="no_return",
)
en(
    "en-strawberry",
    "Freeze-Dried Strawberry Crisps for Kids, No Added Sugar, 3 x 20g",
    "Snacks/Kids Snacks/Dried Fruit",
    "39.00",
    50,
    "Just strawberries, freeze-dried and sliced. Melts in the mouth; suitable from 12 months. "
    "No sugar, no preservatives.",
    {"Ingredients": "100% strawberry", "Age": "12 months+", "Net weight": "3 x 20g"},
    ["kids snack", "fruit snack", "no added sugar"],
    "Little Orchard",
    return_policy="no_return",
)
zh(
    "codsausage",
    "儿童鳕鱼肠 宝宝零食 高钙 20支",
    "零食/儿童零食/鱼肠",
    "39.90",
    60,
    "鳕鱼含量≥50%，独立包装，撕开即食，适合3岁以上小朋友。",
    {"规格": "15g×20支", "适用年龄": "3岁+", "鳕鱼含量": "≥50%"},
    ["儿童零食", "鳕鱼肠"],
    "小鲸仔",
    return_policy="no_return",
)
zh(
    "hamsausage",
    "玉米热狗肠 火腿肠 即食 30支 整箱",
    "零食/方便速食/火腿肠",
    "29.90",
    100,
    "猪肉+甜玉米粒，开袋即食。",
    {"规格": "30g×30支", "口味": "玉米"},
    ["火腿肠", "泡面搭档"],
    "肠旺",
    return_policy="no_return",
)
en(
    "en-choc",
    "Dark Chocolate Gift Box, 72% Cocoa, 24 Pieces",
    "Snacks/Chocolate/Gift Boxes",
    "128.00",
    30,
    "Single-origin Ecuadorian cocoa, individually wrapped squares in a magnetic gift box with a "
    "greeting card.",
    {"Cocoa": "72%", "Pieces": "24", "Net weight": "240g"},
    ["chocolate", "gift box", "valentine's"],
    "Cacao & Co",
    original="168.00",
    return_policy="no_return",
)
zh(
    "goji",
    "宁夏头茬特级枸杞 免洗 500g",
    "食品/滋补/枸杞",
    "49.00",
    0,
    "中宁产区头茬果，颗粒大，可直接嚼着吃。",
    {"产地": "宁夏中宁", "净含量": "500g", "等级": "特级"},
    ["枸杞", "养生", "泡水"],
    "塞上红",
    return_policy="no_return",
)

# ---------------------------------------------------------------- personal care & makeup

zh(
    "etooth",
    "声波电动牙刷 成人 情侣款 5种模式 一次充电用60天",
    "个护/口腔护理/电动牙刷",
    "199.00",
    None,
    "磁悬浮声波马达，每分钟38000次振动，2分钟智能定时，每30秒提醒换区。附赠2支刷头。",
    {"振动频率": "38000次/分钟", "续航": "约60天", "防水等级": "IPX7", "附件": "刷头×2、充电底座"},
    ["电动牙刷", "情侣", "送礼"],
    "净齿",
    original="299.00",
    skus=[
        sku("white", {"颜色": "珍珠白"}, "199.00", 20),
        sku("black", {"颜色": "曜石黑"}, "199.00", 15),
    ],
)
zh(
    "brushhead",
    "电动牙刷替换刷头 4支装 适配净齿声波牙刷",
    "个护/口腔护理/牙刷头",
    "39.00",
    100,
    "杜邦软毛，建议3个月更换一次。仅适配本店净齿系列成人电动牙刷，不适配儿童款。",
    {"数量": "4支", "刷毛": "杜邦软毛", "适配型号": "净齿成人声波电动牙刷"},
    ["刷头", "替换装"],
    "净齿",
)
zh(
    "kidstooth",
    "儿童电动牙刷 3-12岁 卡通恐龙 软毛 防水",
    "个护/口腔护理/儿童牙刷",
    "89.00",
    30,
    "小刷头软刷毛，低振动专为儿童牙齿设计，带音乐计时，让宝宝爱上刷牙。",
    {"适用年龄": "3-12岁", "刷毛": "软毛", "续航": "约30天", "防水等级": "IPX7"},
    ["儿童牙刷", "电动牙刷"],
    "净齿",
    original="129.00",
)
en(
    "en-manualbrush",
    "Soft Bristle Manual Toothbrush, 10-Pack, Adult",
    "Personal Care/Oral Care/Toothbrushes",
    "25.90",
    80,
    "Ultra-fine tapered bristles for sensitive gums. Each brush individually packed - handy for "
    "travel or guests.",
    {"Bristles": "Soft", "Quantity": "10", "For": "Adults"},
    ["toothbrush", "sensitive gums"],
    "Brightline",
)
zh(
    "facewash-men",
    "男士氨基酸洗面奶 控油 去黑头 清爽不紧绷 150g",
    "美妆个护/洁面/男士洗面奶",
    "59.00",
    50,
    "氨基酸表活配方，泡沫细腻，适合油性、混合性肌肤，洗后不紧绷。",
    {"净含量": "150g", "适用肤质": "油性、混合性", "功效": "控油、清洁毛孔"},
    ["男士护肤", "控油", "洗面奶"],
    "型男研究所",
    original="89.00",
)
en(
    "en-gelcream",
    "Oil-Free Gel Moisturizer for Oily & Acne-Prone Skin, 50ml",
    "Beauty/Skincare/Moisturizers",
    "89.00",
    40,
    "Lightweight water-gel that hydrates without shine. Niacinamide and zinc help keep sebum in "
    "check through hot, humid days. Non-comedogenic.",
    {"Skin type": "Oily, combination, acne-prone", "Texture": "Water gel", "Size": "50ml"},
    ["oil control", "moisturizer", "summer skincare"],
    "Clearday",
    original="119.00",
)
zh(
    "sunscreen",
    "清爽防晒乳 SPF50+ PA++++ 户外通勤 不假白 50ml",
    "美妆个护/防晒/防晒霜",
    "99.00",
    60,
    "轻薄乳液质地，防水防汗，适合户外运动和日常通勤。成人使用。",
    {
        "防晒指数": "SPF50+ PA++++",
        "净含量": "50ml",
        "质地": "乳液",
        "防水防汗": "是",
        "适用人群": "成人",
    },
    ["防晒", "户外", "清爽"],
    "晴空",
    original="139.00",
)
en(
    "en-kidssun",
    "Kids Mineral Sunscreen SPF 50, Tear-Free, 100ml",
    "Beauty/Sun Care/Kids Sunscreen",
    "79.00",
    25,
    "Zinc-oxide formula that is gentle on children's skin, water-resistant for 80 minutes and "
    "fragrance-free. Suitable from 6 months.",
    {"SPF": "50", "Water resistance": "80 minutes", "Age": "6 months+", "Size": "100ml"},
    ["sunscreen", "kids", "mineral"],
    "Sunnybud",
)
zh(
    "aloe",
    "芦荟胶 晒后修复 舒缓补水 300g",
    "美妆个护/身体护理/晒后修复",
    "29.00",
    70,
    "晒后皮肤发红发烫时厚涂，冷藏后使用更舒服。",
    {"净含量": "300g", "功效": "晒后舒缓、补水"},
    ["芦荟胶", "晒后"],
    "晴空",
)
zh(
    "lipstick",
    "丝绒哑光口红 显白不拔干",
    "美妆/彩妆/口红",
    "79.00",
    None,
    "丝绒雾面质地，一抹显色，薄涂日常厚涂气场。",
    {"质地": "丝绒哑光", "净含量": "3.5g"},
    ["口红", "显白"],
    "朱砂记",
    original="119.00",
    skus=[
        sku("red", {"色号": "#01 正红"}, "79.00", 0),
        sku("nude", {"色号": "#02 豆沙"}, "79.00", 30),
        sku("berry", {"色号": "#03 莓果"}, "79.00", 12),
    ],
)
en(
    "en-lipbalm",
    "Tinted Lip Balm with SPF 15, 3-Pack (Rose, Coral, Berry)",
    "Beauty/Lip Care/Lip Balms",
    "49.00",
    50,
    "Sheer colour plus shea butter and SPF 15 sun protection for lips.",
    {"SPF": "15", "Shades": "Rose, Coral, Berry", "Quantity": "3 x 4.5g"},
    ["lip balm", "tinted", "spf"],
    "Petal Lab",
)
zh(
    "remover",
    "温和卸妆水 敏感肌可用 眼唇可卸 500ml",
    "美妆个护/卸妆/卸妆水",
    "69.00",
    35,
    "无酒精无香精，化妆棉湿敷10秒轻擦即可。",
    {"净含量": "500ml", "适用肤质": "敏感肌、所有肤质"},
    ["卸妆", "敏感肌"],
    "水漾",
    original="99.00",
)
en(
    "en-brushes",
    "Makeup Brush Set, 12 Pieces, Vegan Synthetic Bristles, with Travel Case",
    "Beauty/Makeup Tools/Brush Sets",
    "69.00",
    30,
    "Foundation, powder, blush, contour, eyeshadow and brow brushes - everything a beginner needs. "
    "Soft synthetic fibres, easy to wash.",
    {"Pieces": "12", "Bristles": "Synthetic (vegan)", "Includes": "PU travel case"},
    ["makeup brushes", "beginner", "vegan"],
    "Blendly",
    original="99.00",
)
zh(
    "shampoo",
    "去屑止痒洗发水 控油蓬松 500ml",
    "美妆个护/洗发护发/洗发水",
    "59.00",
    60,
    "吡罗克酮乙醇胺盐去屑，清爽控油，适合头皮爱出油的人群。",
    {"净含量": "500ml", "功效": "去屑、止痒、控油"},
    ["洗发水", "去屑", "控油"],
    "清风堂",
)
en(
    "en-hairmask",
    "Argan Oil Hair Mask for Dry, Damaged & Frizzy Hair, 250ml",
    "Beauty/Hair Care/Hair Masks",
    "79.00",
    30,
    "Deep-conditioning treatment. Leave on for 5-10 minutes after shampooing, then rinse. "
    "Smooths frizz and split ends.",
    {"Size": "250ml", "Hair type": "Dry, damaged, colour-treated", "Key ingredient": "Argan oil"},
    ["hair mask", "frizz", "deep conditioning"],
    "Maroc Silk",
)
zh(
    "shaver",
    "男士电动剃须刀 三刀头 全身水洗 Type-C快充",
    "个护电器/剃须/电动剃须刀",
    "229.00",
    25,
    "浮动三刀头贴合下颌，干湿两用，充电1小时用60分钟。礼盒包装，适合送礼。",
    {"刀头": "三刀头浮动", "充电": "Type-C 1小时", "续航": "约60分钟", "防水": "全身水洗"},
    ["剃须刀", "男士", "送礼"],
    "锋度",
    original="299.00",
)
en(
    "en-nosetrim",
    "Nose & Ear Hair Trimmer, USB Rechargeable, Painless",
    "Personal Care/Grooming/Trimmers",
    "59.00",
    40,
    "Rotary stainless blades that trim without pulling. Rinse the head under the tap.",
    {"Blade": "Stainless steel, rotary", "Charging": "USB-C", "Waterproof": "IPX6"},
    ["trimmer", "men's grooming"],
    "Groomwell",
)
zh(
    "steammask",
    "蒸汽眼罩 自发热 薰衣草 缓解眼疲劳 20片",
    "个护/眼部护理/蒸汽眼罩",
    "39.00",
    120,
    "撕开即热，约40℃恒温15-20分钟。看屏幕久了、睡前敷一片。",
    {"数量": "20片", "温度": "约40℃", "香型": "薰衣草"},
    ["眼罩", "热敷", "眼睛酸"],
    "眠眠",
    original="59.00",
)
en(
    "en-silkmask",
    "Mulberry Silk Sleep Mask, Blackout, Adjustable Strap",
    "Personal Care/Sleep/Eye Masks",
    "49.00",
    40,
    "22-momme silk on both sides; blocks light for naps, night shifts and flights.",
    {"Material": "22 momme mulberry silk", "Strap": "Adjustable elastic"},
    ["sleep mask", "travel", "silk"],
    "Hush",
)
zh(
    "perfume",
    "女士淡香水 白茶栀子 清新持久 50ml 礼盒装",
    "美妆/香水/女士香水",
    "299.00",
    15,
    "前调佛手柑，中调白茶栀子，后调白麝香。礼盒含手提袋和贺卡。",
    {"香调": "白茶、栀子、白麝香", "容量": "50ml", "留香": "约4-6小时"},
    ["香水", "女士", "礼盒"],
    "栀语",
    original="399.00",
)
en(
    "en-menedt",
    "Men's Eau de Toilette, Cedar & Vetiver, 100ml",
    "Beauty/Fragrance/Men's Fragrance",
    "329.00",
    0,
    "Woody aromatic scent: bergamot opening, cedarwood heart, vetiver base.",
    {"Notes": "Bergamot, cedarwood, vetiver", "Size": "100ml", "Family": "Woody aromatic"},
    ["cologne", "men", "woody"],
    "Northwood",
)
zh(
    "handcream",
    "护手霜礼盒 5支装 秋冬滋润 不黏腻",
    "美妆个护/手部护理/护手霜",
    "59.00",
    50,
    "乳木果油配方，吸收快不黏手，5种香味一盒装。",
    {"规格": "30g×5支", "香型": "玫瑰、樱花、柚子、茉莉、牛奶"},
    ["护手霜", "礼盒", "伴手礼"],
    "暖手记",
    original="79.00",
)
en(
    "en-pimple",
    "Hydrocolloid Pimple Patches, Invisible, 72 Dots",
    "Beauty/Skincare/Acne Care",
    "29.00",
    80,
    "Ultra-thin patches that draw out gunk overnight and stop you picking; nearly invisible under "
    "makeup.",
    {"Count": "72 (3 sizes)", "Material": "Hydrocolloid"},
    ["acne", "spot treatment"],
    "Clearday",
)
zh(
    "bodylotion",
    "烟酰胺身体乳 秋冬补水 去鸡皮 400ml",
    "美妆个护/身体护理/身体乳",
    "69.00",
    40,
    "5%烟酰胺+果酸，改善粗糙鸡皮，淡淡奶香。",
    {"净含量": "400ml", "功效": "保湿、改善粗糙"},
    ["身体乳", "保湿"],
    "水漾",
)

# ---------------------------------------------------------------- phone accessories & electronics

zh(
    "phonestand",
    "桌面手机支架 铝合金 可折叠 升降调节 追剧懒人支架",
    "数码配件/手机配件/手机支架",
    "29.90",
    150,
    "适配4-7.9英寸手机，平板放不稳。底座加重防滑，折叠后可放包里。",
    {"材质": "铝合金", "适配尺寸": "4-7.9英寸手机", "可折叠": "是"},
    ["手机支架", "桌面", "追剧"],
    "支点",
    original="39.90",
)
zh(
    "tabletstand",
    "平板支架 iPad懒人支架 加大加重 适配4-13英寸",
    "数码配件/平板配件/平板支架",
    "59.00",
    40,
    "加大底座，iPad、Kindle、Switch和手机都能放，床头、书桌两用。",
    {"材质": "铝合金", "适配尺寸": "4-13英寸", "角度": "0-270°可调"},
    ["平板支架", "iPad", "床头"],
    "支点",
    original="79.00",
)
en(
    "en-carmount",
    "Magnetic Car Phone Mount, Air Vent Clip, 360° Rotation",
    "Electronics/Car Accessories/Phone Mounts",
    "49.00",
    60,
    "Clips onto the air vent; strong magnets hold the phone over bumps.",
    {"Mount type": "Air vent clip", "Magnet": "N52, MagSafe compatible", "Rotation": "360°"},
    ["car mount", "magnetic"],
    "Drivemate",
)
zh(
    "powerbank",
    "20000毫安大容量充电宝 22.5W快充 自带双线 可上飞机",
    "数码配件/充电/充电宝",
    "129.00",
    None,
    "自带Type-C和苹果两根线，出门不用带线。数显电量，20000mAh符合民航规定可带上飞机。",
    {"容量": "20000mAh", "最大输出": "22.5W", "自带线": "Type-C + Lightning", "重量": "约380g"},
    ["充电宝", "大容量", "快充"],
    "电满满",
    original="169.00",
    skus=[
        sku("white", {"颜色": "白色"}, "129.00", 30),
        sku("black", {"颜色": "黑色"}, "129.00", 20),
    ],
)
en(
    "en-magpb",
    "Magnetic Wireless Power Bank 5000mAh, MagSafe Compatible, Slim",
    "Electronics/Chargers/Power Banks",
    "159.00",
    25,
    "Snaps onto the back of an iPhone 12-16 and charges wirelessly at 7.5W. Only 12mm thick.",
    {"Capacity": "5000mAh", "Wireless output": "7.5W", "Thickness": "12mm"},
    ["power bank", "magsafe", "wireless charging"],
    "SnapCell",
    original="199.00",
)
zh(
    "earbuds",
    "真无线蓝牙耳机 主动降噪 半入耳式 续航30小时",
    "数码/耳机/蓝牙耳机",
    "199.00",
    40,
    "42dB主动降噪，通透模式一键切换，蓝牙5.3低延迟，打游戏不卡顿。",
    {
        "降噪": "主动降噪 42dB",
        "佩戴方式": "半入耳",
        "续航": "单次6小时，配合充电盒30小时",
        "蓝牙版本": "5.3",
    },
    ["蓝牙耳机", "降噪", "无线耳机"],
    "声屿",
    original="299.00",
)
en(
    "en-earbuds-old",
    "True Wireless Earbuds, 2024 Model, 20h Battery",
    "Electronics/Audio/Earbuds",
    "99.00",
    10,
    "Previous-generation model.",
    {"Battery": "20 hours with case", "Bluetooth": "5.2"},
    ["earbuds", "wireless"],
    "Sonica",
    status="off_shelf",
)
en(
    "en-wired",
    "Wired Earphones with USB-C Plug and In-Line Mic",
    "Electronics/Audio/Wired Earphones",
    "39.00",
    60,
    "Plug-and-play for USB-C phones and tablets; no battery to charge. Tangle-free flat cable, 1.2m.",
    {
        "Connector": "USB-C",
        "Cable length": "1.2m",
        "Microphone": "Yes, in-line with volume control",
        "Noise cancelling": "No",
    },
    ["earphones", "wired", "usb-c"],
    "Sonica",
)
en(
    "en-overear",
    "Over-Ear Wireless Headphones, Active Noise Cancelling, 50h Battery, Foldable",
    "Electronics/Audio/Headphones",
    "299.00",
    20,
    "Hybrid ANC cuts engine drone on planes and trains. Memory-foam ear cushions; folds flat into "
    "the included case.",
    {
        "Noise cancelling": "Hybrid active (ANC)",
        "Battery": "50 hours (ANC off), 35 hours (ANC on)",
        "Bluetooth": "5.3",
        "Weight": "260g",
    },
    ["headphones", "noise cancelling", "bluetooth"],
    "Sonica",
    original="399.00",
)
zh(
    "case15",
    "iPhone 15系列 手机壳 透明防摔 四角气囊 不发黄",
    "数码配件/手机配件/手机壳",
    "39.00",
    None,
    "TPU+PC材质，四角气囊防摔，镜头一圈加高保护。",
    {"材质": "TPU+PC", "颜色": "透明", "适用型号": "iPhone 15 / 15 Pro / 15 Pro Max"},
    ["手机壳", "透明", "防摔"],
    "护机侠",
    original="59.00",
    skus=[
        sku("i15", {"型号": "iPhone 15"}, "39.00", 50),
        sku("i15pro", {"型号": "iPhone 15 Pro"}, "39.00", 40),
        sku("i15promax", {"型号": "iPhone 15 Pro Max"}, "39.00", 0),
    ],
)
en(
    "en-s24case",
    "Silicone Case for Samsung Galaxy S24, Soft-Touch, Microfibre Lining",
    "Electronics/Phone Accessories/Cases",
    "45.00",
    30,
    "Grippy liquid silicone with a soft lining that won't scratch.",
    {
        "Compatible with": "Samsung Galaxy S24 (not S24+ or Ultra)",
        "Material": "Liquid silicone",
        "Colour": "Black",
    },
    ["phone case", "samsung", "silicone"],
    "Grippa",
)
zh(
    "film15",
    "iPhone 15 钢化膜 防窥膜 全屏覆盖 2片装 送贴膜神器",
    "数码配件/手机配件/手机贴膜",
    "29.90",
    100,
    "侧面看不清屏幕内容，地铁上更安心。附贴膜定位器，一次贴好。",
    {"适用型号": "iPhone 15", "类型": "防窥钢化膜", "数量": "2片"},
    ["钢化膜", "防窥", "iPhone 15"],
    "护机侠",
)
zh(
    "cable",
    "Type-C数据线 66W快充 1米 2条装 编织线",
    "数码配件/线材/数据线",
    "19.90",
    200,
    "尼龙编织线身，弯折2万次不断。",
    {"接口": "USB-A转Type-C", "功率": "66W", "长度": "1米", "数量": "2条"},
    ["数据线", "快充", "Type-C"],
    "电满满",
)
en(
    "en-gan",
    "65W GaN Charger, 3 Ports (2 x USB-C + USB-A), Foldable Plug",
    "Electronics/Chargers/Wall Chargers",
    "119.00",
    40,
    "Charges a laptop, a phone and earbuds at once. Compact gallium-nitride design, about the size of an egg.",
    {"Max output": "65W", "Ports": "2 x USB-C, 1 x USB-A", "Plug": "China standard, foldable pins"},
    ["charger", "gan", "fast charging"],
    "VoltMini",
    original="149.00",
)
zh(
    "speaker",
    "便携蓝牙音箱 IPX7防水 户外露营 重低音 续航20小时",
    "数码/音箱/蓝牙音箱",
    "149.00",
    30,
    "掉进水里捞起来照样响，挂绳设计，露营骑行都能带。",
    {"防水等级": "IPX7", "续航": "20小时", "蓝牙": "5.3"},
    ["蓝牙音箱", "户外", "防水"],
    "声屿",
    original="199.00",
)
en(
    "en-watch",
    'Smart Watch with Heart Rate, SpO2 & Sleep Tracking, 1.43" AMOLED',
    "Electronics/Wearables/Smart Watches",
    "299.00",
    20,
    "Tracks steps, heart rate, blood oxygen and sleep stages; message and call notifications. "
    "10-day battery, 5ATM water resistant.",
    {
        "Display": '1.43" AMOLED',
        "Battery": "Up to 10 days",
        "Water resistance": "5ATM",
        "Calls": "Notifications only (no SIM)",
    },
    ["smart watch", "fitness tracker", "health"],
    "Pulsefit",
    original="399.00",
)
zh(
    "band",
    "智能运动手环 心率血氧监测 50米防水 来电提醒",
    "数码/智能穿戴/运动手环",
    "169.00",
    35,
    "100多种运动模式，睡眠监测，微信消息提醒。",
    {"屏幕": "1.1英寸彩屏", "续航": "14天", "防水": "5ATM"},
    ["手环", "运动", "睡眠监测"],
    "动力+",
)
zh(
    "kidswatch",
    "儿童电话手表 4G全网通 精准定位 视频通话 小学生",
    "数码/智能穿戴/儿童手表",
    "399.00",
    15,
    "北斗+GPS+WiFi多重定位，家长APP随时查看位置，可设电子围栏，上课禁用模式。",
    {"网络": "4G全网通", "定位": "北斗+GPS+WiFi", "适用年龄": "5-12岁"},
    ["电话手表", "儿童", "定位"],
    "小天使",
    original="499.00",
)
en(
    "en-handfan",
    "Mini Handheld Fan, USB Rechargeable, 3 Speeds, Foldable",
    "Electronics/Personal Cooling/Handheld Fans",
    "39.00",
    80,
    "Pocket-size fan for commuting, queues and outdoor events. Folds into a desk stand. 4-12 hours per charge.",
    {"Battery": "2000mAh", "Speeds": "3", "Runtime": "4-12 hours"},
    ["portable fan", "summer", "handheld"],
    "Breezy",
)
zh(
    "deskfan",
    "USB桌面小风扇 静音 可摇头 宿舍办公室用",
    "数码/生活电器/桌面风扇",
    "49.00",
    50,
    "插USB供电，无电池，摇头角度90°。",
    {"供电": "USB插电", "档位": "3档", "噪音": "≤30dB"},
    ["风扇", "桌面", "宿舍"],
    "凉小风",
)
en(
    "en-neckfan",
    "Bladeless Neck Fan, Hands-Free, 4000mAh, 3 Speeds",
    "Electronics/Personal Cooling/Neck Fans",
    "89.00",
    0,
    "Wear it around your neck; bladeless so hair never gets caught.",
    {"Battery": "4000mAh", "Speeds": "3", "Weight": "240g"},
    ["neck fan", "hands-free", "summer"],
    "Breezy",
)
zh(
    "selfiestick",
    "自拍杆三脚架一体 蓝牙遥控 可伸缩 1.5米",
    "数码配件/手机配件/自拍杆",
    "69.00",
    40,
    "收起来只有手掌长，展开1.5米，带可拆蓝牙遥控器。",
    {"最长": "1.5米", "遥控": "蓝牙遥控器", "三脚架": "一体式"},
    ["自拍杆", "三脚架", "旅游拍照"],
    "拍拍",
)
en(
    "en-ringlight",
    '10" LED Ring Light with Tripod Stand & Phone Holder, 3 Colour Modes',
    "Electronics/Photography/Ring Lights",
    "89.00",
    30,
    "Even, flattering light for live streams, video calls and makeup. 3 colour temperatures, "
    "10 brightness levels; the tripod extends to 1.6m.",
    {"Size": "10 inch", "Colour modes": "Warm, neutral, cool", "Tripod height": "0.5-1.6m"},
    ["ring light", "live streaming", "selfie"],
    "Glowup",
    original="129.00",
)
zh(
    "mouse",
    "无线静音鼠标 充电款 办公 轻薄",
    "数码/电脑配件/鼠标",
    "49.00",
    60,
    "按键静音，图书馆、宿舍用不吵人。",
    {"连接": "2.4G无线+蓝牙", "按键": "静音微动", "续航": "充满约用1个月"},
    ["鼠标", "静音", "办公"],
    "指尖",
)
en(
    "en-laptopstand",
    'Aluminium Laptop Stand, Adjustable Height, for 10-17" Laptops',
    "Electronics/Computer Accessories/Laptop Stands",
    "99.00",
    30,
    "Raises the screen to eye level to ease neck strain. Six height settings; folds flat.",
    {"Material": "Aluminium alloy", "Fits": "10-17 inch laptops", "Heights": "6 levels"},
    ["laptop stand", "ergonomic"],
    "Liftdesk",
)
zh(
    "cooler",
    "手机散热器 半导体制冷 磁吸 打游戏降温神器",
    "数码配件/手机配件/散热器",
    "79.00",
    30,
    "半导体制冷片+风扇，贴上10秒降温，磁吸背夹两种装法。",
    {"制冷方式": "半导体+风扇", "安装": "磁吸/背夹", "供电": "Type-C"},
    ["散热", "游戏", "吃鸡"],
    "冰刃",
)
en(
    "en-adapter",
    "Universal Travel Adapter, 4 USB Ports, Works in 150+ Countries",
    "Electronics/Travel/Plug Adapters",
    "69.00",
    35,
    "One adapter for EU, UK, US and AU sockets, plus 3 USB-A and 1 USB-C. Built-in fuse.",
    {"Plugs": "EU / UK / US / AU", "USB": "3 x USB-A, 1 x USB-C", "Max load": "2500W"},
    ["travel adapter", "plug converter"],
    "Globetrot",
)

# ---------------------------------------------------------------- kitchen

zh(
    "spatula",
    "硅胶锅铲勺子套装 6件套 耐高温 不伤不粘锅",
    "厨房/厨具/锅铲",
    "49.00",
    40,
    "一体成型无缝隙，木柄不烫手。",
    {"材质": "食品级硅胶+木柄", "数量": "6件", "耐温": "230℃"},
    ["锅铲", "不粘锅", "厨具套装"],
    "灶边",
)
en(
    "en-garlic",
    "Stainless Steel Garlic Press & Crusher, Easy Clean",
    "Kitchen/Gadgets/Garlic Presses",
    "29.00",
    50,
    "Crushes unpeeled cloves; the basket flips out for rinsing.",
    {"Material": "304 stainless steel", "Dishwasher safe": "Yes"},
    ["garlic", "kitchen gadget"],
    "Kitchwise",
)
zh(
    "slicer",
    "多功能切菜器 擦丝器 土豆丝神器 5刀片",
    "厨房/厨房小工具/切菜器",
    "39.00",
    60,
    "附护手器，擦丝不伤手。",
    {"刀片": "5种（切片、粗丝、细丝、波纹、切条）", "材质": "不锈钢刀片+ABS"},
    ["切菜", "擦丝", "厨房神器"],
    "灶边",
)
en(
    "en-scale",
    "Digital Kitchen Scale, 5kg / 1g, Tare Function, Baking & Coffee",
    "Kitchen/Measuring/Kitchen Scales",
    "45.00",
    40,
    "Weigh flour, sugar and coffee beans to the gram; tare button to zero the bowl.",
    {"Capacity": "5kg", "Precision": "1g", "Units": "g / oz / ml"},
    ["kitchen scale", "baking"],
    "Kitchwise",
)
zh(
    "glassbox",
    "高硼硅玻璃保鲜盒 4件套 可进微波炉 上班带饭 密封",
    "厨房/收纳/保鲜盒",
    "69.00",
    35,
    "盒身耐热-20℃~400℃，盖子四边扣密封，加热时请取下盖子。",
    {"材质": "高硼硅玻璃+PP盖", "数量": "4件（370ml/640ml/1040ml/1520ml）", "可微波": "是（去盖）"},
    ["保鲜盒", "带饭", "玻璃"],
    "灶边",
)
zh(
    "thermos",
    "316不锈钢保温杯 500ml 长效保温12小时 商务泡茶杯 带茶隔",
    "厨房/水具/保温杯",
    "89.00",
    60,
    "316不锈钢内胆，茶水分离，开水进去12小时后还有65℃以上。",
    {"容量": "500ml", "材质": "316不锈钢内胆", "保温": "12小时≥65℃", "配件": "茶隔"},
    ["保温杯", "泡茶", "商务"],
    "暖途",
    original="129.00",
)
en(
    "en-bottle",
    "Tritan Sports Water Bottle 1L, Leak-Proof, Time Markers",
    "Sports/Hydration/Water Bottles",
    "39.00",
    70,
    "BPA-free Tritan with a flip-top straw lid and time markers. Not insulated - cold drinks only, "
    "no boiling water.",
    {"Capacity": "1L", "Material": "Tritan (BPA-free)", "Insulated": "No"},
    ["water bottle", "gym", "leak-proof"],
    "Hydra Lab",
)
en(
    "en-frother",
    "Handheld Electric Milk Frother, Battery Operated",
    "Kitchen/Coffee Tools/Milk Frothers",
    "29.00",
    45,
    "Whips warm milk into foam for lattes and matcha in 20 seconds.",
    {"Power": "2 x AA batteries", "Whisk": "Stainless steel"},
    ["milk frother", "latte", "coffee"],
    "Barista Home",
)
zh(
    "juicer",
    "便携式榨汁杯 无线充电 小型家用 300ml",
    "厨房电器/榨汁机/榨汁杯",
    "99.00",
    30,
    "充一次电可榨15杯，杯身可直接当水杯喝。",
    {"容量": "300ml", "刀头": "6叶不锈钢", "充电": "Type-C"},
    ["榨汁杯", "便携", "果汁"],
    "鲜榨侠",
    original="139.00",
)
en(
    "en-bento",
    "Bento Lunch Box, 2-Tier, Leak-Proof, Microwave Safe, with Cutlery",
    "Kitchen/Food Storage/Lunch Boxes",
    "49.00",
    40,
    "Two stackable compartments with silicone seals; fork and spoon stored in the lid. Take the lid "
    "off before microwaving. Not insulated.",
    {
        "Capacity": "1200ml total",
        "Tiers": "2",
        "Microwave safe": "Yes (without lid)",
        "Insulated": "No",
    },
    ["lunch box", "bento", "meal prep"],
    "Kitchwise",
)
zh(
    "minicooker",
    "宿舍小电锅 多功能电煮锅 1.5L 小功率 煮面煎蛋",
    "厨房电器/锅具/电煮锅",
    "89.00",
    30,
    "600W小功率，一人食刚好，不粘涂层好清洗。",
    {"容量": "1.5L", "功率": "600W（宿舍限电可用）", "功能": "煮、涮、煎、蒸"},
    ["电煮锅", "宿舍", "学生"],
    "懒厨",
    original="119.00",
)
zh(
    "lunchjar",
    "316不锈钢保温饭盒 三层 上班族带饭 保温6小时",
    "厨房/餐具/保温饭盒",
    "79.00",
    25,
    "早上装进去，中午打开还是热的。附餐具和手提袋。",
    {"层数": "3层", "容量": "1.6L", "保温": "约6小时"},
    ["保温饭盒", "带饭"],
    "暖途",
)
en(
    "en-skillet",
    "Pre-Seasoned Cast Iron Skillet, 10 Inch (26cm), Induction Ready",
    "Kitchen/Cookware/Skillets",
    "129.00",
    20,
    "Holds heat for steaks and crispy eggs; works on gas, induction and in the oven.",
    {"Diameter": "26cm", "Weight": "2.4kg", "Hob": "Gas, induction, oven"},
    ["cast iron", "skillet", "frying pan"],
    "Ironhearth",
)
en(
    "en-pourover",
    "Pour-Over Coffee Set: Glass Dripper, 600ml Stovetop Gooseneck Kettle & 100 Filters",
    "Kitchen/Coffee Tools/Pour-Over Sets",
    "199.00",
    15,
    "Everything for hand-drip coffee in one gift box. The kettle is for the stovetop (not electric).",
    {
        "Dripper": "Borosilicate glass, size 02",
        "Kettle": "600ml stainless steel, stovetop",
        "Filters": "100",
    },
    ["pour over", "coffee gift", "hand drip"],
    "Barista Home",
    original="259.00",
)

# ---------------------------------------------------------------- pets

zh(
    "catfood",
    "全价成猫粮 鸡肉三文鱼 高蛋白 无谷配方",
    "宠物/猫主粮/成猫粮",
    "89.00",
    None,
    "鲜鸡肉+三文鱼，粗蛋白≥38%，无谷物添加。",
    {"适用": "1岁以上成猫", "主要原料": "鸡肉、三文鱼", "蛋白质": "≥38%"},
    ["猫粮", "成猫", "无谷"],
    "喵管家",
    original="119.00",
    skus=[sku("2kg", {"规格": "2kg"}, "89.00", 40), sku("5kg", {"规格": "5kg"}, "199.00", 15)],
)
zh(
    "kittenfood",
    "幼猫猫粮 奶糕 离乳期 2-12月龄 1.5kg",
    "宠物/猫主粮/幼猫粮",
    "69.00",
    30,
    "添加羊奶粉，小颗粒易咀嚼，适合刚断奶的小猫。",
    {"适用": "2-12月龄幼猫", "颗粒": "小颗粒", "净含量": "1.5kg"},
    ["幼猫粮", "奶糕"],
    "喵管家",
)
en(
    "en-dogfood",
    "Adult Dog Food, Chicken & Brown Rice, Medium & Large Breeds, 5kg",
    "Pets/Dog Food/Dry Food",
    "159.00",
    25,
    "Complete dry food with glucosamine for joints; larger kibble for bigger jaws.",
    {"Life stage": "Adult (1 year+)", "Breed size": "Medium & large", "Protein": "26%"},
    ["dog food", "adult dog", "kibble"],
    "Barkwell",
)
en(
    "en-puppy",
    "Puppy Dry Food for Small Breeds, Chicken, 2kg",
    "Pets/Dog Food/Puppy Food",
    "99.00",
    20,
    "Mini kibble with DHA for growing puppies.",
    {
        "Life stage": "Puppy (2-12 months)",
        "Breed size": "Small (e.g. Teddy, Pomeranian, Chihuahua)",
        "Kibble": "Mini",
    },
    ["puppy food", "small breed"],
    "Barkwell",
)
en(
    "en-litter",
    "Tofu Cat Litter, Clumping & Flushable, Low Dust, 6L x 4 Bags",
    "Pets/Cat Supplies/Cat Litter",
    "79.00",
    50,
    "Made from pea fibre and tofu residue; clumps fast and dissolves in water, so clumps can go down the toilet.",
    {"Material": "Tofu / pea fibre", "Volume": "6L x 4", "Flushable": "Yes"},
    ["cat litter", "tofu litter", "flushable"],
    "PurrClean",
    original="99.00",
)
zh(
    "petcomb",
    "宠物除毛梳 猫狗通用 一键去浮毛 按键退毛",
    "宠物/清洁美容/梳子",
    "29.00",
    60,
    "换毛季每天梳几分钟，带走脱落的底绒，按一下梳齿缩回，毛团自动脱落。",
    {"适用": "猫狗通用", "梳齿": "不锈钢圆头"},
    ["梳毛", "去浮毛", "猫狗通用"],
    "毛孩子",
)
en(
    "en-hairroller",
    "Reusable Pet Hair Remover Roller for Sofa, Bed & Clothes",
    "Pets/Cleaning/Hair Removers",
    "35.00",
    40,
    "Roll back and forth to trap fur in the chamber, then empty it. No sticky sheets to buy.",
    {"Refills needed": "None", "Works on": "Sofas, bedding, clothes, car seats"},
    ["pet hair", "lint roller", "reusable"],
    "FurAway",
)
zh(
    "scratcher",
    "瓦楞纸猫抓板 猫窝一体 耐抓不掉屑 大号",
    "宠物/猫玩具/猫抓板",
    "25.00",
    80,
    "高密度瓦楞纸，可躺可抓，附猫薄荷。",
    {"尺寸": "48×25×10cm", "材质": "瓦楞纸"},
    ["猫抓板", "猫窝", "磨爪"],
    "喵管家",
)
en(
    "en-teaser",
    "Cat Teaser Wand with Feathers & 5 Refills",
    "Pets/Cat Toys/Teaser Wands",
    "19.90",
    60,
    "Flexible rod with a bell and feathers; five replacement heads included.",
    {"Length": "90cm", "Refills": "5"},
    ["cat toy", "feather wand"],
    "PurrClean",
)
zh(
    "harness",
    "狗狗牵引绳 胸背带 中小型犬 防挣脱 反光",
    "宠物/出行/牵引绳",
    "45.00",
    40,
    "工字型胸背带，受力均匀不勒脖子，夜间反光条。",
    {"适用": "中小型犬（3-15kg）", "尺码": "S/M/L可调"},
    ["牵引绳", "胸背带", "遛狗"],
    "毛孩子",
)
zh(
    "dogchew",
    "狗狗磨牙棒 洁齿骨 耐咬 20支",
    "宠物/狗零食/磨牙棒",
    "29.00",
    50,
    "牛皮压制，耐啃，帮助清洁牙垢、转移拆家注意力。",
    {"原料": "牛皮", "数量": "20支"},
    ["磨牙棒", "狗零食", "洁齿"],
    "毛孩子",
    return_policy="no_return",
)
en(
    "en-cattreats",
    "Freeze-Dried Chicken Cat Treats, 100g",
    "Pets/Cat Treats/Freeze-Dried",
    "39.00",
    40,
    "Single-ingredient chicken breast, freeze-dried into bite-size cubes. Crumble over food or give as a reward.",
    {"Ingredients": "100% chicken breast", "Net weight": "100g"},
    ["cat treats", "freeze-dried"],
    "PurrClean",
    return_policy="no_return",
)
zh(
    "fountain",
    "猫咪自动饮水机 循环过滤 静音 2L",
    "宠物/喂水喂食/饮水机",
    "99.00",
    0,
    "流动的水更吸引猫咪多喝水，四重过滤。",
    {"容量": "2L", "噪音": "≤25dB"},
    ["饮水机", "猫咪"],
    "喵管家",
)
zh(
    "hairball",
    "猫咪化毛膏 营养膏 吐毛球 120g",
    "宠物/保健/化毛膏",
    "39.00",
    40,
    "帮助排出胃里的毛球，挤在手指上猫咪会主动舔。",
    {"净含量": "120g", "适用": "3月龄以上猫咪"},
    ["化毛膏", "毛球"],
    "喵管家",
    return_policy="no_return",
)

# ---------------------------------------------------------------- sports & fitness

en(
    "en-yogamat",
    "Non-Slip Yoga Mat, 10mm Extra Thick NBR, with Carry Strap",
    "Sports/Fitness/Yoga Mats",
    "69.00",
    40,
    "Cushions knees and elbows on hard floors; textured on both sides so it stays put.",
    {"Thickness": "10mm", "Size": "183 x 61cm", "Material": "NBR foam"},
    ["yoga mat", "exercise mat", "non-slip"],
    "Flowfit",
    original="99.00",
)
zh(
    "jumprope",
    "计数跳绳 有绳无绳两用 中考体育 钢丝绳",
    "运动/健身器材/跳绳",
    "39.00",
    60,
    "手柄液晶屏显示个数和卡路里，配无绳球可在室内跳。",
    {"计数": "电子计数", "绳长": "3米可调"},
    ["跳绳", "计数", "中考"],
    "动力+",
)
en(
    "en-bands",
    "Resistance Bands Set, 5 Levels, for Glutes & Legs",
    "Sports/Fitness/Resistance Bands",
    "49.00",
    50,
    "Fabric loop bands that don't roll up; five resistance levels from extra light to extra heavy.",
    {"Levels": "5", "Material": "Fabric, latex-free"},
    ["resistance bands", "home workout", "glutes"],
    "Flowfit",
)
zh(
    "massagegun",
    "筋膜枪 深层放松 6档调节 静音 附8个头",
    "运动/运动恢复/筋膜枪",
    "199.00",
    25,
    "运动后放松小腿、大腿、肩背，久坐办公族也适用。",
    {"档位": "6档", "噪音": "≤45dB", "按摩头": "8个", "续航": "约15天（每天10分钟）"},
    ["筋膜枪", "放松", "运动恢复"],
    "动力+",
    original="299.00",
)
zh(
    "kneepad",
    "运动护膝 篮球跑步 登山 髌骨带",
    "运动/护具/护膝",
    "39.00",
    None,
    "加压髌骨带，跑跳时稳定膝盖。",
    {"材质": "尼龙+氨纶", "适用": "篮球、跑步、登山"},
    ["护膝", "运动护具"],
    "动力+",
    skus=[
        sku("m", {"尺码": "M"}, "39.00", 20),
        sku("l", {"尺码": "L"}, "39.00", 25),
        sku("xl", {"尺码": "XL"}, "39.00", 10),
    ],
)
zh(
    "dumbbell",
    "包胶哑铃 家用健身 男女款 一对装",
    "运动/健身器材/哑铃",
    "59.00",
    None,
    "外层包胶，放地上不吵楼下。",
    {"材质": "铸铁+包胶", "规格说明": "一对（两只）"},
    ["哑铃", "家用健身"],
    "动力+",
    skus=[
        sku("p2kg", {"重量": "2kg×2"}, "59.00", 30),
        sku("p5kg", {"重量": "5kg×2"}, "99.00", 20),
        sku("p10kg", {"重量": "10kg×2"}, "169.00", 0),
    ],
)
en(
    "en-abroller",
    "Ab Roller Wheel with Knee Pad, Non-Slip",
    "Sports/Fitness/Ab Rollers",
    "45.00",
    40,
    "Wide double wheel for stability; foam knee pad included.",
    {"Wheel": "Double, 18cm", "Includes": "Knee pad"},
    ["ab roller", "core workout"],
    "Flowfit",
)
en(
    "en-waistbelt",
    'Running Belt with Phone Pouch, Reflective, Fits Phones up to 6.9"',
    "Sports/Running/Waist Packs",
    "35.00",
    50,
    "Stretchy, bounce-free belt that holds a phone, keys and a gel.",
    {"Fits": "Phones up to 6.9 inch", "Material": "Lycra", "Reflective": "Yes"},
    ["running belt", "waist pack"],
    "Stride",
)
zh(
    "goggles",
    "成人泳镜 高清防雾 防水 男女通用",
    "运动/游泳/泳镜",
    "49.00",
    40,
    "硅胶密封圈不漏水，镜片内侧防雾涂层。",
    {"适用": "成人", "镜片": "高清防雾"},
    ["泳镜", "防雾", "成人"],
    "浪里白",
)
en(
    "en-kidsgoggles",
    "Kids Swim Goggles, Anti-Fog, Ages 4-12",
    "Sports/Swimming/Kids Goggles",
    "35.00",
    30,
    "Small soft frame that fits children's faces; easy-adjust strap.",
    {"Age": "4-12", "Lens": "Anti-fog"},
    ["swim goggles", "kids"],
    "Splashy",
)
en(
    "en-whey",
    "Whey Protein Powder, Chocolate, 2 lb (907g)",
    "Sports Nutrition/Protein/Whey Protein",
    "259.00",
    20,
    "24 g of protein per scoop; mixes smooth with water or milk after training.",
    {"Protein": "24g per scoop", "Flavour": "Chocolate", "Servings": "30"},
    ["whey protein", "muscle gain", "post-workout"],
    "Ironfuel",
    original="329.00",
    return_policy="no_return",
)

# ---------------------------------------------------------------- stationery & student gear

zh(
    "gelpen",
    "速干中性笔 0.5mm 黑色 12支装 刷题考试",
    "文具/书写工具/中性笔",
    "15.90",
    200,
    "ST笔头，出水顺畅，写字不洇。",
    {"笔尖": "0.5mm", "颜色": "黑色", "数量": "12支"},
    ["中性笔", "考试", "黑笔"],
    "墨点",
)
en(
    "en-highlighter",
    "Pastel Highlighters, 6 Colours, Chisel Tip",
    "Stationery/Writing/Highlighters",
    "19.90",
    80,
    "Soft pastel shades that don't bleed through thin paper.",
    {"Colours": "6", "Tip": "Chisel"},
    ["highlighters", "pastel", "study"],
    "Notably",
)
zh(
    "binder",
    "B5活页本 可拆卸 错题本 加厚 60张",
    "文具/本册/活页本",
    "19.90",
    100,
    "26孔活页夹，内页可随时增减。",
    {"尺寸": "B5", "页数": "60张", "内页": "横线"},
    ["活页本", "错题本"],
    "墨点",
)
en(
    "en-sticky",
    "Sticky Notes, 12 Pads, 3 x 3 in, Assorted Colours",
    "Stationery/Paper/Sticky Notes",
    "12.90",
    100,
    "Strong adhesive that peels off clean.",
    {"Pads": "12 x 100 sheets", "Size": "3 x 3 in"},
    ["sticky notes", "memo"],
    "Notably",
)
zh(
    "schoolbag",
    "小学生书包 护脊减负 1-6年级 男女童",
    "文具/学生用品/书包",
    "149.00",
    25,
    "S型背带+透气背垫，减轻肩膀压力。",
    {"适用": "1-6年级", "容量": "约20L"},
    ["书包", "小学生", "护脊"],
    "童行",
    original="199.00",
)
en(
    "en-laptopbag",
    'Laptop Backpack 15.6", Water-Resistant, USB Charging Port',
    "Bags/Backpacks/Laptop Backpacks",
    "199.00",
    20,
    "Padded laptop sleeve, hidden anti-theft pocket and a USB port for your power bank.",
    {"Fits": "Laptops up to 15.6 inch", "Capacity": "25L", "Water resistant": "Yes"},
    ["backpack", "laptop bag", "commute"],
    "Urbanpack",
)
zh(
    "lamp",
    "国AA级护眼台灯 学生写作业 无频闪 无蓝光危害",
    "文具/学生用品/台灯",
    "159.00",
    25,
    "照度达国AA级，亮度色温无极调节，夹子款底座两用。",
    {"照度标准": "国AA级", "频闪": "无频闪", "色温": "3000-6000K"},
    ["台灯", "护眼", "学生"],
    "亮晶晶",
    original="229.00",
)
en(
    "en-organizer",
    "Desk Organizer with Pen Holder & Drawer",
    "Stationery/Desk Accessories/Organizers",
    "29.00",
    40,
    "Keeps pens, sticky notes and cables in one place.",
    {"Compartments": "5 + 1 drawer", "Material": "ABS"},
    ["desk organizer", "pen holder"],
    "Notably",
)
zh(
    "stationeryset",
    "小学生文具套装礼盒 开学礼物 铅笔橡皮尺子 12件",
    "文具/学生用品/文具套装",
    "39.00",
    50,
    "铅笔、橡皮、尺子、卷笔刀、笔袋一套配齐。",
    {"数量": "12件", "适用": "小学生"},
    ["文具套装", "开学", "儿童礼物"],
    "童行",
)
en(
    "en-notebook",
    "A5 Dotted Notebook, Hardcover, 160 Pages",
    "Stationery/Notebooks/Journals",
    "29.00",
    40,
    "100gsm paper that takes fountain pen without ghosting; lay-flat binding.",
    {"Size": "A5", "Pages": "160", "Ruling": "Dotted"},
    ["notebook", "bullet journal"],
    "Notably",
)

# ---------------------------------------------------------------- travel & sleep

zh(
    "neckpillow",
    "U型枕 记忆棉 护颈 坐飞机高铁 可收纳",
    "生活/出行/旅行枕",
    "49.00",
    40,
    "慢回弹记忆棉托住脖子，压缩后可挂在行李箱上。",
    {"材质": "记忆棉", "外套": "可拆洗"},
    ["U型枕", "旅行", "护颈"],
    "眠眠",
)
en(
    "en-earplugs",
    "Soft Foam Earplugs for Sleeping, 30 Pairs, 38dB",
    "Personal Care/Sleep/Earplugs",
    "19.90",
    80,
    "Slow-rebound foam that blocks snoring, traffic and noisy neighbours.",
    {"Noise reduction": "38dB", "Pairs": "30"},
    ["earplugs", "sleep", "noise"],
    "Hush",
)
zh(
    "napillow",
    "午睡枕 趴睡枕 办公室学生 午休神器",
    "生活/家居/午睡枕",
    "39.00",
    50,
    "中间留空给手臂，趴着睡不压脸不麻手。",
    {"材质": "慢回弹海绵", "尺寸": "40×30×15cm"},
    ["午睡", "趴睡", "午休"],
    "眠眠",
)

# ---------------------------------------------------------------- gifts

zh(
    "rose",
    "永生花玫瑰礼盒 进口保鲜花 生日纪念日礼物",
    "礼品/鲜花/永生花",
    "199.00",
    20,
    "厄瓜多尔进口玫瑰，保存3年不凋谢，附贺卡和手提袋。",
    {"花材": "厄瓜多尔玫瑰", "保存": "约3年"},
    ["永生花", "玫瑰", "礼物"],
    "花间",
    original="269.00",
)
en(
    "en-starlight",
    "Galaxy Star Projector Night Light, Remote Control, Timer",
    "Home/Lighting/Night Lights",
    "99.00",
    30,
    "Projects a rotating nebula and stars on the ceiling. Soothing for kids' bedtime; auto-off timer.",
    {"Modes": "8 colour modes", "Timer": "1h / 2h", "Power": "USB"},
    ["night light", "star projector", "kids room"],
    "Lumi",
)
zh(
    "mugs",
    "情侣对杯 陶瓷马克杯 礼盒装 刻字",
    "礼品/杯具/马克杯",
    "79.00",
    30,
    "一对两只，可免费刻名字或日期。",
    {"容量": "350ml×2", "材质": "陶瓷"},
    ["马克杯", "情侣", "礼盒"],
    "花间",
)
en(
    "en-candle",
    "Scented Candle Gift Set, 3 x 200g, Soy Wax",
    "Home/Fragrance/Candles",
    "139.00",
    25,
    "Fig, sea salt and sandalwood; about 40 hours of burn time each. Gift box with ribbon.",
    {"Scents": "Fig, sea salt, sandalwood", "Burn time": "About 40 hours each", "Wax": "Soy"},
    ["candles", "gift set", "home fragrance"],
    "Ember & Oak",
    original="179.00",
)
zh(
    "blocks",
    "儿童拼装小颗粒积木 城市消防局 6岁以上 男孩女孩",
    "玩具/积木/拼装积木",
    "129.00",
    20,
    "共826颗粒，附图纸，锻炼动手能力。",
    {"颗粒数": "826", "适用年龄": "6岁以上"},
    ["积木", "益智", "儿童礼物"],
    "童行",
    original="169.00",
)
en(
    "en-wallet",
    "Men's Leather Bifold Wallet, RFID Blocking, Gift Boxed",
    "Accessories/Wallets/Men's Wallets",
    "159.00",
    25,
    "Full-grain cowhide; RFID lining stops contactless card skimming.",
    {"Material": "Full-grain leather", "Card slots": "8", "RFID blocking": "Yes"},
    ["wallet", "leather", "gift for him"],
    "Harlow",
)
zh(
    "scarf",
    "羊毛围巾 女 秋冬保暖 妈妈款 格纹",
    "服饰配件/围巾/羊毛围巾",
    "199.00",
    20,
    "100%澳洲羊毛，不扎脖子，礼盒包装。",
    {"材质": "100%羊毛", "尺寸": "180×65cm"},
    ["围巾", "羊毛", "送妈妈"],
    "暖途",
    original="259.00",
)

# ---------------------------------------------------------------- elder care

zh(
    "bp",
    "电子血压计 上臂式 语音播报 家用 大屏",
    "医疗保健/家用器械/血压计",
    "169.00",
    25,
    "一键测量，大字屏+语音播报，老人也会用。可存储2×90组数据。",
    {"测量方式": "上臂式", "播报": "语音播报", "记忆": "2×90组"},
    ["血压计", "老人", "语音"],
    "康护",
    original="229.00",
)
en(
    "en-bpwrist",
    "Wrist Blood Pressure Monitor, Large Display, 2 x 99 Memory",
    "Health/Monitors/Blood Pressure Monitors",
    "139.00",
    20,
    "Compact cuff that wraps the wrist; irregular heartbeat indicator.",
    {"Type": "Wrist", "Memory": "2 x 99 readings"},
    ["blood pressure", "home health"],
    "Vitalis",
)
zh(
    "cane",
    "老人拐杖 四脚防滑 可伸缩 带灯",
    "医疗保健/助行/拐杖",
    "89.00",
    15,
    "四脚底座自己能站住，手柄带LED灯，晚上起夜更安全。",
    {"高度": "72-95cm 十档可调", "承重": "100kg"},
    ["拐杖", "老人", "防滑"],
    "康护",
)
en(
    "en-pillbox",
    "Weekly Pill Organizer, 7 Days, AM/PM, Large Compartments",
    "Health/Medication/Pill Organizers",
    "19.90",
    60,
    "Fourteen snap-shut compartments; pop out a single day to take with you.",
    {"Compartments": "14 (7 days x AM/PM)", "Material": "BPA-free PP"},
    ["pill organizer", "weekly", "medication"],
    "Vitalis",
)
zh(
    "footspa",
    "足浴盆 全自动按摩 恒温加热 泡脚桶 家用",
    "个护电器/足浴/足浴盆",
    "299.00",
    15,
    "水温35-48℃可调，底部滚轮按摩脚底，冬天泡完全身暖和。",
    {"加热": "恒温加热35-48℃", "按摩": "电动滚轮", "容量": "约12L"},
    ["足浴盆", "泡脚", "送爸妈"],
    "康护",
    original="399.00",
)
en(
    "en-heatpad",
    "Electric Heating Pad for Back & Neck, 6 Heat Levels, Auto Shut-Off",
    "Health/Pain Relief/Heating Pads",
    "129.00",
    25,
    "Soft flannel pad, 30 x 60cm, that wraps the lower back, shoulders, knees or tummy. Heats up in "
    "30 seconds and switches itself off after 2 hours.",
    {"Size": "30 x 60cm", "Heat levels": "6", "Auto shut-off": "2 hours"},
    ["heating pad", "pain relief", "warmth"],
    "Vitalis",
)
zh(
    "readglasses",
    "老花镜 防蓝光 高清 男女通用 轻便",
    "医疗保健/眼镜/老花镜",
    "39.00",
    None,
    "树脂镜片，轻便不压鼻梁，看手机看报纸都清楚。",
    {"镜片": "防蓝光树脂", "镜框": "TR90"},
    ["老花镜", "防蓝光"],
    "明视",
    skus=[
        sku("d100", {"度数": "100度"}, "39.00", 20),
        sku("d150", {"度数": "150度"}, "39.00", 20),
        sku("d200", {"度数": "200度"}, "39.00", 15),
        sku("d250", {"度数": "250度"}, "39.00", 15),
        sku("d300", {"度数": "300度"}, "39.00", 10),
    ],
)
zh(
    "slippers",
    "老人防滑拖鞋 浴室 软底 防摔",
    "生活/鞋/拖鞋",
    "35.00",
    50,
    "鞋底防滑纹，湿地面也不打滑。",
    {"材质": "EVA", "尺码": "36-45"},
    ["拖鞋", "防滑", "老人"],
    "康护",
)
en(
    "en-magnifier",
    "Handheld Magnifying Glass with LED Light, 10x",
    "Health/Vision Aids/Magnifiers",
    "29.00",
    30,
    "For reading small print, medicine labels and newspapers.",
    {"Magnification": "10x", "Light": "LED"},
    ["magnifier", "reading aid"],
    "Vitalis",
)
zh(
    "neckmassager",
    "颈椎按摩仪 热敷 脉冲 U型 护颈",
    "个护电器/按摩/颈椎按摩仪",
    "199.00",
    20,
    "低频脉冲+42℃热敷，15分钟自动关机。",
    {"模式": "6种", "热敷": "42℃"},
    ["颈椎", "按摩", "热敷"],
    "康护",
    original="259.00",
)
zh(
    "oldkneepad",
    "老人保暖护膝 加绒加厚 关节怕冷 秋冬",
    "医疗保健/护具/保暖护膝",
    "49.00",
    30,
    "羊绒加绒内里，护住膝盖一圈，穿在裤子里面不显厚。",
    {"材质": "羊绒+弹力棉", "尺码": "均码"},
    ["护膝", "保暖", "老寒腿"],
    "康护",
)

# ---------------------------------------------------------------- baby

zh(
    "diaper",
    "婴儿纸尿裤 超薄透气 干爽 男女宝宝通用",
    "母婴/尿裤湿巾/纸尿裤",
    "129.00",
    None,
    "3D瞬吸芯体，整夜干爽，腰贴可反复粘贴。",
    {"材质": "棉柔表层", "包装": "一包"},
    ["纸尿裤", "超薄"],
    "小鲸仔",
    original="159.00",
    skus=[
        sku("nb", {"尺码": "NB（0-5kg）72片"}, "129.00", 15),
        sku("s", {"尺码": "S（4-8kg）62片"}, "129.00", 20),
        sku("m", {"尺码": "M（6-11kg）56片"}, "129.00", 0),
        sku("l", {"尺码": "L（9-14kg）48片"}, "129.00", 25),
        sku("xl", {"尺码": "XL（12-17kg）42片"}, "139.00", 10),
    ],
)
en(
    "en-wipes",
    "Unscented Baby Wipes, 99% Water, 80 Wipes x 12 Packs",
    "Baby/Diapering/Wipes",
    "59.00",
    40,
    "Thick, soft wipes for bottoms, hands and faces; no fragrance or alcohol.",
    {"Count": "80 x 12", "Fragrance": "None"},
    ["baby wipes", "sensitive", "bulk"],
    "Tiny Leaf",
)
zh(
    "teether",
    "婴儿牙胶 出牙期 磨牙棒 食品级硅胶 可水煮",
    "母婴/玩具/牙胶",
    "29.00",
    50,
    "宝宝出牙牙龈痒时咬一咬，可冷藏。",
    {"材质": "食品级硅胶", "适用": "3个月以上"},
    ["牙胶", "出牙", "宝宝"],
    "小鲸仔",
)
en(
    "en-babybottle",
    "Anti-Colic Baby Bottle, 240ml, Wide Neck, 0m+",
    "Baby/Feeding/Bottles",
    "89.00",
    30,
    "Vented base reduces swallowed air and wind; slow-flow newborn teat included.",
    {"Capacity": "240ml", "Teat": "Slow flow, 0m+", "Material": "PPSU"},
    ["baby bottle", "anti-colic", "newborn"],
    "Tiny Leaf",
)
zh(
    "kidscup",
    "儿童保温杯 吸管杯 上学 幼儿园 防摔 400ml",
    "母婴/喂养/儿童水杯",
    "79.00",
    30,
    "316内胆，吸管和直饮两种盖子，背带可调。",
    {"容量": "400ml", "保温": "约8小时", "盖子": "吸管盖+直饮盖"},
    ["儿童水杯", "保温", "吸管杯"],
    "小鲸仔",
)
en(
    "en-babycarrier",
    "Ergonomic Baby Carrier with Hip Seat, 0-36 Months",
    "Baby/Gear/Carriers",
    "269.00",
    10,
    "Takes the weight off your arms and shoulders; the hip seat carries the load. Front and back carry.",
    {"Age": "0-36 months", "Max load": "20kg", "Positions": "4"},
    ["baby carrier", "hip seat", "babywearing"],
    "Tiny Leaf",
    original="349.00",
)
zh(
    "babyfood",
    "宝宝辅食机 蒸煮搅拌一体 小容量",
    "母婴/辅食/辅食机",
    "199.00",
    12,
    "蒸熟后直接打成泥，一台搞定，小容量适合做一顿的量。",
    {"容量": "300ml", "功能": "蒸煮+搅拌"},
    ["辅食机", "宝宝辅食"],
    "小鲸仔",
)
zh(
    "babydetergent",
    "婴儿洗衣液 酵素去渍 宝宝专用 1L×2瓶",
    "母婴/洗护/洗衣液",
    "49.00",
    40,
    "无荧光剂，奶渍便渍一搓就掉。",
    {"规格": "1L×2瓶", "荧光剂": "无"},
    ["洗衣液", "婴儿", "温和"],
    "小鲸仔",
)

# ---------------------------------------------------------------- creator, live room, flash sales

CREATOR_REC = {
    "type": "creator",
    "id": CREATOR,
    "name": "小满的好物间",
    "platform": "douyin",
    "handle": "xiaoman_haowu",
    "bio": "什么都卖一点的杂货铺主播，每晚7点半直播，零食数码宠物母婴都有",
    "followers": 812000,
}

ROOM_REC = {
    "type": "live_room",
    "id": ROOM,
    "creator_id": CREATOR,
    "title": "小满双11预热 好物专场",
    "starts_at": "2026-11-05T19:30:00+08:00",
    "ends_at": "2026-11-05T23:00:00+08:00",
    "product_ids": [
        "xm-coffee",
        "xm-earbuds",
        "xm-en-overear",
        "xm-powerbank",
        "xm-massagegun",
        "xm-catfood",
        "xm-footspa",
        "xm-sunscreen",
        "xm-nuts",
        "xm-diaper",
    ],
}


def flash(fid, pid, price, start, end, qty, sku_id=None, limit=2):
    rec = {"type": "flash_sale", "id": fid, "product_id": "xm-" + pid}
    if sku_id:
        rec["sku_id"] = sku_id
    rec.update(
        {
            "live_room_id": ROOM,
            "price": price,
            "quantity": qty,
            "per_user_limit": limit,
            "starts_at": f"2026-11-05T{start}:00+08:00",
            "ends_at": f"2026-11-05T{end}:00+08:00",
        }
    )
    return rec


FLASH = [
    flash("fs-xm-coffee", "coffee", "49.90", "20:00", "21:30", 300),  # running: 69 -> 49.90
    flash("fs-xm-earbuds", "earbuds", "149.00", "20:00", "22:00", 100),  # running: 199 -> 149
    flash("fs-xm-overear", "en-overear", "239.00", "19:30", "23:00", 50),  # running: 299 -> 239
    flash(
        "fs-xm-footspa", "footspa", "239.00", "20:00", "23:00", 30, limit=1
    ),  # running: 299 -> 239
    flash(
        "fs-xm-massagegun", "massagegun", "159.00", "21:00", "21:30", 50, limit=1
    ),  # NOT yet running
    flash("fs-xm-powerbank", "powerbank", "99.00", "19:30", "20:00", 80),  # already ended
    flash(
        "fs-xm-catfood-5kg", "catfood", "169.00", "20:00", "22:00", 40, sku_id="5kg"
    ),  # SKU sale, running
]

# =========================================================================== queries
#
# Each query: text, tags, judgments {short product id: grade}, optional price bound (lo, hi)
# inclusive, in CNY.  Short ids get the "xm-" prefix.  Grade-0 entries are deliberate traps.

QUERIES = []


def q(text, tags, judg, price=None):
    QUERIES.append({"text": text, "tags": tags.split(), "judg": judg, "price": price})


# ---------------------------------------------------------------- colloquial: need / audience / occasion
q(
    "熬夜加班 来点提神的",
    "colloquial zh",
    {
        "coffee": 3,
        "longjing": 1,
        "en-oolong": 1,
        "steammask": 1,
        "sparkling": 0,
        "en-electrolyte": 0,
    },
)
q(
    "中午在工位趴着睡 脖子酸",
    "colloquial zh",
    {
        "napillow": 3,
        "neckpillow": 2,
        "neckmassager": 1,
        "en-silkmask": 1,
        "steammask": 1,
        "en-earplugs": 1,
    },
)
q(
    "家里猫一直掉毛 衣服沙发上全是",
    "colloquial zh",
    {"petcomb": 3, "en-hairroller": 3, "hairball": 1, "catfood": 0, "scratcher": 0},
)
q(
    "大油皮 夏天一脸油",
    "colloquial zh",
    {
        "en-gelcream": 3,
        "facewash-men": 2,
        "en-pimple": 1,
        "sunscreen": 1,
        "shampoo": 0,
        "remover": 0,
    },
)
q(
    "宝妈囤货 用得快的",
    "colloquial zh kids",
    {
        "diaper": 3,
        "en-wipes": 3,
        "babydetergent": 3,
        "codsausage": 1,
        "en-strawberry": 1,
        "en-babybottle": 0,
        "teether": 0,
    },
)
q(
    "我妈膝盖一到冬天就疼",
    "colloquial zh",
    {"oldkneepad": 3, "en-heatpad": 2, "kneepad": 1, "footspa": 1, "cane": 0},
)
q(
    "gift for my dad, he's really into tea",
    "colloquial en",
    {"longjing": 3, "en-oolong": 3, "thermos": 1, "mugs": 0, "en-pourover": 0, "coffee": 0},
)
q(
    "something to survive a 12 hour flight",
    "colloquial en",
    {
        "neckpillow": 3,
        "en-silkmask": 3,
        "en-earplugs": 3,
        "steammask": 2,
        "en-overear": 2,
        "earbuds": 2,
        "en-adapter": 1,
        "powerbank": 1,
        "en-magpb": 1,
        "napillow": 1,
    },
)
q(
    "男朋友胡子拉碴的 送他点啥好",
    "colloquial zh",
    {"shaver": 3, "en-nosetrim": 2, "facewash-men": 1},
)
q("我爸血压有点高 想在家自己测", "colloquial zh", {"bp": 3, "en-bpwrist": 3, "en-pillbox": 1})
q("奶奶看手机字太小 看不清", "colloquial zh", {"readglasses": 3, "en-magnifier": 2})
q(
    "狗子天天啃拖鞋 拆家",
    "colloquial zh hard",
    {"dogchew": 3, "teether": 0, "slippers": 0, "en-teaser": 0},
)
q("宝宝开始长牙了 老啃手", "colloquial zh kids hard", {"teether": 3, "dogchew": 0, "kidstooth": 0})
q(
    "军训半个月 不想晒黑",
    "colloquial zh",
    {"sunscreen": 3, "en-kidssun": 1, "aloe": 1, "en-lipbalm": 1},
)
q(
    "跑步时手机没地方揣",
    "colloquial zh cross_lingual",
    {"en-waistbelt": 3, "en-carmount": 0, "phonestand": 0},
)
q("躺床上看ipad 举着手酸", "colloquial mixed hard", {"tabletstand": 3, "phonestand": 1})
q(
    "天太热 出门拿在手上吹的那种",
    "colloquial zh cross_lingual",
    {"en-handfan": 3, "en-neckfan": 1, "deskfan": 1},
)
q("打王者手机烫得不行", "colloquial zh", {"cooler": 3})
q("下个月去欧洲 插头不一样咋办", "colloquial zh cross_lingual", {"en-adapter": 3, "en-gan": 1})
q(
    "my cat is only 3 months old, what should she eat",
    "colloquial en cross_lingual hard",
    {"kittenfood": 3, "catfood": 1, "en-cattreats": 1, "en-puppy": 0, "en-dogfood": 0},
)
q(
    "my mom's feet are always freezing in winter",
    "colloquial en cross_lingual",
    {"footspa": 3, "en-heatpad": 1, "slippers": 0, "oldkneepad": 0, "scarf": 0},
)
q(
    "legs are killing me after leg day",
    "colloquial en cross_lingual",
    {"massagegun": 3, "en-heatpad": 1, "en-whey": 1, "en-bands": 0, "neckmassager": 0},
)
q(
    "上班带饭 中午想吃口热乎的",
    "colloquial zh",
    {"lunchjar": 3, "en-bento": 2, "glassbox": 2, "minicooker": 1, "thermos": 0},
)
q("抱娃抱得胳膊都酸了", "colloquial zh cross_lingual kids", {"en-babycarrier": 3})
q(
    "室友打呼噜 吵得睡不着",
    "colloquial zh cross_lingual",
    {"en-earplugs": 3, "en-silkmask": 1, "steammask": 1},
)
q(
    "刚学化妆 啥工具都没有",
    "colloquial zh cross_lingual",
    {"en-brushes": 3, "lipstick": 0, "remover": 0},
)
q(
    "直播的时候脸太暗了",
    "colloquial zh cross_lingual",
    {"en-ringlight": 3, "selfiestick": 1, "lamp": 1, "phonestand": 0},
)
q(
    "son keeps wandering off, want to see where he is",
    "colloquial en cross_lingual kids",
    {"kidswatch": 3, "en-watch": 0},
)
q("小孩报了游泳班 要带啥", "colloquial zh cross_lingual kids", {"en-kidsgoggles": 3, "goggles": 1})
q(
    "grandpa's legs are weak, needs help walking",
    "colloquial en cross_lingual",
    {"cane": 3, "slippers": 1, "oldkneepad": 1},
)
q(
    "孩子晚上学习 屋里灯太暗",
    "colloquial zh kids",
    {"lamp": 3, "en-ringlight": 0, "en-starlight": 0},
)
q(
    "早上没时间吃早饭 在公司随便垫垫",
    "colloquial zh",
    {
        "proteinbar": 3,
        "nuts": 2,
        "milk": 2,
        "en-oats": 2,
        "en-jerky": 1,
        "hamsausage": 1,
        "coffee": 1,
        "hotpot": 0,
    },
)
q(
    "寝室限电 想自己煮点东西吃",
    "colloquial zh",
    {"minicooker": 3, "hotpot": 1, "luosifen": 0, "deskfan": 0},
)
q(
    "something healthy for my cat to snack on",
    "colloquial en",
    {"en-cattreats": 3, "hairball": 1, "catfood": 0, "dogchew": 0, "en-strawberry": 0},
)

# ---------------------------------------------------------------- cross-lingual: only the other language matches
q("猫砂 能冲厕所的", "zh cross_lingual attribute", {"en-litter": 3})
q("追剧嚼的牛肉干", "zh cross_lingual", {"en-jerky": 3, "latiao": 0, "hamsausage": 0})
q("在家跳操 地板太硬 垫子", "zh cross_lingual colloquial", {"en-yogamat": 3, "en-abroller": 0})
q(
    "泰迪三个月 吃什么粮",
    "zh cross_lingual colloquial hard",
    {"en-puppy": 3, "en-dogfood": 1, "kittenfood": 0, "catfood": 0, "dogchew": 0},
)
q("做蛋糕 称面粉用的", "zh cross_lingual colloquial", {"en-scale": 3})
q(
    "电脑支架 垫高",
    "zh cross_lingual hard",
    {"en-laptopstand": 3, "tabletstand": 0, "phonestand": 0, "en-laptopbag": 0},
)
q(
    "包耳朵的那种耳机 能降噪",
    "zh cross_lingual hard",
    {"en-overear": 3, "earbuds": 1, "en-wired": 0, "en-earbuds-old": 0},
)
q(
    "带防晒的润唇膏",
    "zh cross_lingual attribute hard",
    {"en-lipbalm": 3, "lipstick": 0, "sunscreen": 0},
)
q("铁观音 送长辈", "zh cross_lingual", {"en-oolong": 3, "longjing": 1})
q("腰疼 电热敷", "zh cross_lingual", {"en-heatpad": 3, "neckmassager": 1, "steammask": 0})
q(
    "see-through cover for my iPhone 15",
    "en cross_lingual synonym",
    {"case15": 3, "film15": 0, "en-s24case": 0},
)
q(
    "thermos to keep tea hot all day",
    "en cross_lingual",
    {"thermos": 3, "kidscup": 1, "lunchjar": 0, "en-bottle": 0},
)
q(
    "goggles that don't fog up, for me not my kid",
    "en cross_lingual hard",
    {"goggles": 3, "en-kidsgoggles": 0},
)
q(
    "replacement heads for my electric toothbrush",
    "en cross_lingual hard",
    {"brushhead": 3, "etooth": 1, "kidstooth": 0, "en-manualbrush": 0},
)
q("that smelly guangxi noodle soup", "en cross_lingual colloquial", {"luosifen": 3})
q(
    "toothbrush for my 5 year old, the buzzing kind",
    "en cross_lingual kids hard",
    {"kidstooth": 3, "etooth": 0, "brushhead": 0, "en-manualbrush": 0},
)
q(
    "insulated sippy cup for kindergarten",
    "en cross_lingual kids",
    {"kidscup": 3, "thermos": 1, "en-babybottle": 1, "en-bottle": 0},
)

# ---------------------------------------------------------------- typos, pinyin, homophones
q("蓝芽音响 户外", "typo zh", {"speaker": 3})
q(
    "冲电宝 小巧 能吸在手机背面",
    "typo zh cross_lingual",
    {"en-magpb": 3, "powerbank": 1, "en-carmount": 0},
)
q(
    "wired earphnes usb c",
    "typo en",
    {"en-wired": 3, "earbuds": 1, "en-overear": 1, "cable": 0, "en-earbuds-old": 0},
)
q("shouji ke 苹果15", "typo zh pinyin", {"case15": 3, "film15": 0, "en-s24case": 0})
q("电动压刷 成人", "typo zh", {"etooth": 3, "brushhead": 1, "en-manualbrush": 1, "kidstooth": 0})
q(
    "防哂霜 清爽不油的",
    "typo zh",
    {"sunscreen": 3, "en-kidssun": 2, "en-lipbalm": 1, "aloe": 0, "en-gelcream": 0},
)
q("sunscren for my toddler", "typo en kids", {"en-kidssun": 3, "sunscreen": 1})
q("成猫 猫良", "typo zh hard", {"catfood": 3, "kittenfood": 1, "en-cattreats": 1, "en-dogfood": 0})
q(
    "gouliang",
    "typo zh pinyin cross_lingual",
    {"en-dogfood": 3, "en-puppy": 3, "dogchew": 1, "catfood": 0},
)
q("yogo mat", "typo en", {"en-yogamat": 3})
q("chocolat gift box", "typo en", {"en-choc": 3, "nuts": 1, "en-candle": 0})
q(
    "blutooth headphones noise cancelling",
    "typo en",
    {"en-overear": 3, "earbuds": 2, "en-wired": 0, "en-earbuds-old": 0},
)
q("纸尿库 大号", "typo zh kids attribute", {"diaper": 3, "en-wipes": 1})
q("保问杯 上班用", "typo zh", {"thermos": 3, "kidscup": 1, "lunchjar": 0, "en-bottle": 0})
q("kichen scale", "typo en", {"en-scale": 3})
q("老化镜", "typo zh", {"readglasses": 3, "en-magnifier": 1})
q("螺丝粉", "typo zh", {"luosifen": 3})
q("pet hair remover rolller", "typo en", {"en-hairroller": 3, "petcomb": 2})
q("dumbels", "typo en cross_lingual", {"dumbbell": 3})
q("leekproof bento box", "typo en", {"en-bento": 3, "lunchjar": 2, "glassbox": 1})
q("typc数剧线", "typo zh", {"cable": 3, "en-gan": 1, "en-wired": 0})
q("蒸汽眼照", "typo zh", {"steammask": 3, "en-silkmask": 1})

# ---------------------------------------------------------------- synonyms: a different word than the listing
q("移动电源 大容量", "synonym zh", {"powerbank": 3, "en-magpb": 1})
q("手机套 防摔", "synonym zh", {"case15": 3, "en-s24case": 2, "film15": 0})
q("健身完用的按摩枪", "synonym zh", {"massagegun": 3, "neckmassager": 0})
q("尿不湿 新生儿", "synonym zh kids", {"diaper": 3, "en-wipes": 1})
q("洁面乳 男生用", "synonym zh", {"facewash-men": 3, "en-gelcream": 0})
q("电动洗脚盆", "synonym zh", {"footspa": 3})
q("手杖 老年人", "synonym zh", {"cane": 3, "slippers": 0})
q("刮胡刀", "synonym zh", {"shaver": 3, "en-nosetrim": 1})
q("辣片 小时候吃的", "synonym zh", {"latiao": 3, "latiao-old": 0, "en-jerky": 0})
q("签字笔 黑", "synonym zh", {"gelpen": 3, "en-highlighter": 0})
q("本子 记笔记用", "synonym zh", {"binder": 3, "en-notebook": 3, "en-sticky": 1})
q("热水袋", "synonym zh cross_lingual", {"en-heatpad": 2, "footspa": 0, "steammask": 0})
q("kitty litter", "synonym en", {"en-litter": 3})
q("fast charging brick", "synonym en", {"en-gan": 3, "cable": 1, "en-adapter": 1, "powerbank": 0})
q("nappy wipes", "synonym en kids", {"en-wipes": 3, "diaper": 1})
q(
    "tablet holder for the kitchen, to follow recipes",
    "synonym en cross_lingual",
    {"tabletstand": 3, "phonestand": 1},
)
q("pill case for travel", "synonym en", {"en-pillbox": 3})
q("保温桶 装饭", "synonym zh", {"lunchjar": 3, "en-bento": 1, "glassbox": 1, "thermos": 0})

# ---------------------------------------------------------------- price constraints
q(
    "50以内的耳机",
    "price zh cross_lingual",
    {"en-wired": 3, "earbuds": 0, "en-overear": 0, "en-earbuds-old": 0},
    price=(0, 50),
)
q(
    "咖啡 五十以内",
    "price zh flash",
    {"coffee": 3, "en-pourover": 0, "en-frother": 0},
    price=(0, 50),
)
q("充电宝 一百以内", "price zh hard", {"powerbank": 0, "en-magpb": 0}, price=(0, 100))
q(
    "150以内 降噪耳机",
    "price zh flash",
    {"earbuds": 3, "en-overear": 0, "en-wired": 0},
    price=(0, 150),
)
q(
    "cat toys under 30",
    "price en",
    {"en-teaser": 3, "scratcher": 3, "petcomb": 0, "en-cattreats": 0},
    price=(0, 30),
)
q(
    "两百到三百 送爸爸",
    "price colloquial zh",
    {
        "shaver": 3,
        "en-watch": 3,
        "longjing": 3,
        "footspa": 3,
        "en-overear": 1,
        "neckmassager": 0,
        "en-wallet": 0,
        "massagegun": 0,
        "thermos": 0,
        "en-oolong": 0,
        "en-menedt": 0,
        "bp": 0,
    },
    price=(200, 300),
)
q(
    "一百左右 猫粮",
    "price zh hard",
    {"catfood": 3, "kittenfood": 0, "en-cattreats": 0},
    price=(75, 125),
)
q(
    "under 100 for a runner",
    "price colloquial en",
    {
        "en-waistbelt": 3,
        "kneepad": 2,
        "en-electrolyte": 2,
        "en-bottle": 2,
        "en-wired": 1,
        "band": 0,
        "en-watch": 0,
        "massagegun": 0,
    },
    price=(0, 100),
)
q(
    "二十块以内 学生文具",
    "price zh",
    {
        "gelpen": 3,
        "en-highlighter": 3,
        "binder": 3,
        "en-sticky": 3,
        "stationeryset": 0,
        "en-notebook": 0,
        "en-organizer": 0,
    },
    price=(0, 20),
)
q(
    "便宜点的手机支架",
    "price zh",
    {"phonestand": 3, "tabletstand": 1, "en-carmount": 1, "selfiestick": 0},
)
q(
    "狗粮 两百以内 大狗吃的",
    "price zh cross_lingual",
    {"en-dogfood": 3, "en-puppy": 1},
    price=(0, 200),
)
q(
    "30以下的小零食",
    "price zh",
    {
        "latiao": 3,
        "hamsausage": 3,
        "codsausage": 0,
        "en-jerky": 0,
        "en-strawberry": 0,
        "dogchew": 0,
        "en-oats": 0,
        "latiao-old": 0,
    },
    price=(0, 30),
)
q(
    "两百以内 送女朋友",
    "price colloquial zh",
    {
        "rose": 3,
        "mugs": 2,
        "en-candle": 2,
        "en-choc": 2,
        "en-starlight": 2,
        "handcream": 2,
        "lipstick": 2,
        "en-lipbalm": 1,
        "scarf": 1,
        "en-brushes": 1,
        "en-silkmask": 1,
        "perfume": 0,
    },
    price=(0, 200),
)
q(
    "保温杯 80左右",
    "price zh",
    {"thermos": 3, "kidscup": 1, "lunchjar": 0, "en-bottle": 0},
    price=(60, 100),
)
q("100-200的血压计", "price zh", {"bp": 3, "en-bpwrist": 3}, price=(100, 200))
q("a cheap phone case", "price en", {"case15": 3, "en-s24case": 3, "film15": 0})
q("四五十块的护膝", "price zh hard", {"oldkneepad": 3, "kneepad": 0}, price=(40, Decimal("59.99")))
q("筋膜枪 160以内", "price zh hard soon", {"massagegun": 0}, price=(0, 160))
q(
    "baby stuff under 50 bucks",
    "price en kids",
    {
        "teether": 3,
        "babydetergent": 3,
        "en-strawberry": 2,
        "codsausage": 1,
        "en-wipes": 0,
        "diaper": 0,
        "kidscup": 0,
        "en-babybottle": 0,
    },
    price=(0, 50),
)
q(
    "headphones around 200",
    "price en hard flash",
    {"en-overear": 3, "earbuds": 0, "en-wired": 0},
    price=(150, 250),
)
q(
    "一千块左右的按摩椅",
    "price nothing zh",
    {"neckmassager": 0, "massagegun": 0, "footspa": 0},
    price=(750, 1250),
)
q(
    "狗狗用的 三十以内",
    "price zh",
    {"dogchew": 3, "petcomb": 3, "harness": 0, "en-teaser": 0, "scratcher": 0},
    price=(0, 30),
)

# ---------------------------------------------------------------- nothing: not sold here (near misses as traps)
q(
    "轻薄笔记本电脑",
    "nothing zh hard",
    {"en-laptopstand": 0, "en-laptopbag": 0, "binder": 0, "en-notebook": 0},
)
q("鹦鹉吃的鸟粮", "nothing zh", {"catfood": 0, "en-dogfood": 0, "kittenfood": 0})
q("iPhone 16 手机 新款", "nothing mixed hard", {"case15": 0, "film15": 0})
q("扫地机器人", "nothing zh", {})
q("men's running shoes size 42", "nothing en", {"en-waistbelt": 0, "kneepad": 0})
q("羽绒服 女款 长款", "nothing zh", {"scarf": 0})
q("electric kettle", "nothing en hard", {"en-pourover": 0, "minicooker": 0, "thermos": 0})
q("猫爬架 大型", "nothing zh hard", {"scratcher": 0})
q("婴儿推车 轻便", "nothing zh kids", {"en-babycarrier": 0})
q("bed for a big dog", "nothing en", {"en-dogfood": 0, "harness": 0})
q("染发膏 遮白发", "nothing zh", {"shampoo": 0, "en-hairmask": 0})
q("空气炸锅", "nothing zh", {"en-skillet": 0, "minicooker": 0})
q("猫砂盆 全封闭", "nothing zh hard", {"en-litter": 0, "scratcher": 0})
q("天文望远镜 小学生", "nothing zh kids", {"en-starlight": 0, "en-magnifier": 0})
q("adult diapers for elderly", "nothing en hard", {"diaper": 0, "en-wipes": 0})
q("karaoke mic", "nothing en", {"speaker": 0})

# ---------------------------------------------------------------- attributes, mixed language, confusables
q(
    "wireless 蓝牙耳机 半入耳",
    "mixed attribute",
    {"earbuds": 3, "en-overear": 1, "en-wired": 0, "en-earbuds-old": 0},
)
q(
    "水果零食 宝宝吃的 不加糖",
    "zh cross_lingual kids attribute",
    {"en-strawberry": 3, "codsausage": 1},
)
q("哑铃 女生 2公斤", "zh attribute", {"dumbbell": 3, "en-bands": 1})
q("iphone 15 pro max 手机壳", "mixed attribute hard", {"case15": 1, "film15": 0, "en-s24case": 0})
q("口红 豆沙色", "zh attribute", {"lipstick": 3, "en-lipbalm": 1})
q("男士香水 木质调", "zh hard", {"en-menedt": 1, "perfume": 0})


# =========================================================================== checks

ID_RE = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
LANG_TAGS = {"zh", "en", "mixed"}
ALLOWED_TAGS = LANG_TAGS | {
    "colloquial",
    "cross_lingual",
    "typo",
    "pinyin",
    "synonym",
    "price",
    "nothing",
    "attribute",
    "kids",
    "hard",
    "flash",
    "soon",
}


def money(v):
    d = Decimal(str(v))
    if d <= 0 or d.as_tuple().exponent < -2:
        raise ValueError(v)
    return d


def ts(s):
    t = datetime.fromisoformat(s)
    if t.tzinfo is None:
        raise ValueError("no offset: " + s)
    return t


def running_sales(pid, now):
    return [
        f for f in FLASH if f["product_id"] == pid and ts(f["starts_at"]) <= now < ts(f["ends_at"])
    ]


def price_readme(p, now):
    """eval/README.md: product-wide flash price if running, else listed (cheapest SKU)."""
    base = min(money(s["price"]) for s in p["skus"]) if p.get("skus") else money(p["price"])
    wide = [money(f["price"]) for f in running_sales(p["id"], now) if not f.get("sku_id")]
    if not wide:
        return base
    if not p.get("skus"):
        return min([base, *wide])
    prod = money(p["price"])
    out = []
    for s in p["skus"]:
        sp = money(s["price"])
        cands = [sp] + [max(sp - (prod - w), w) for w in wide]
        out.append(min(cands))
    return min(out)


def price_shopper(p, now):
    """Every running sale, cheapest option in stock (all options if none in stock)."""
    sales = running_sales(p["id"], now)
    if not p.get("skus"):
        return min([money(p["price"])] + [money(f["price"]) for f in sales if not f.get("sku_id")])
    prod = money(p["price"])
    opts = [s for s in p["skus"] if s["stock"] > 0] or p["skus"]
    out = []
    for s in opts:
        sp = money(s["price"])
        cands = [sp]
        for f in sales:
            fp = money(f["price"])
            if f.get("sku_id") == s["id"]:
                cands.append(fp)
            elif not f.get("sku_id"):
                cands.append(max(sp - (prod - fp), fp))
        out.append(min(cands))
    return min(out)


def check():
    errs = []
    now = ts(ANCHOR)
    prods = {}
    for p in PRODUCTS:
        pid = p["id"]
        if pid in prods:
            errs.append("duplicate product id " + pid)
        prods[pid] = p
        if not ID_RE.match(pid):
            errs.append("bad product id " + pid)
        if not (1 <= len(p["title"]) <= 200):
            errs.append(pid + ": title length")
        if len(p["category"]) > 200 or "/" not in p["category"]:
            errs.append(pid + ": category")
        try:
            price = money(p["price"])
            if "original_price" in p and money(p["original_price"]) < price:
                errs.append(pid + ": original_price below price")
        except Exception:
            errs.append(pid + ": bad price")
            continue
        if not isinstance(p["stock"], int) or p["stock"] < 0:
            errs.append(pid + ": bad stock")
        if p.get("skus"):
            ids = [s["id"] for s in p["skus"]]
            if len(set(ids)) != len(ids):
                errs.append(pid + ": duplicate sku ids")
            for s in p["skus"]:
                if set(s) != {"id", "attributes", "price", "stock"} or not ID_RE.match(s["id"]):
                    errs.append(pid + ": bad sku " + s["id"])
                money(s["price"])
            if sum(s["stock"] for s in p["skus"]) != p["stock"]:
                errs.append(pid + ": stock is not the SKU sum")
            if min(money(s["price"]) for s in p["skus"]) != price:
                errs.append(pid + ": headline price is not the cheapest SKU")
        if p["status"] not in ("on_sale", "off_shelf"):
            errs.append(pid + ": status")
        if p["language"] not in ("zh-CN", "en"):
            errs.append(pid + ": language")
        if len(p["attributes"]) > 100:
            errs.append(pid + ": too many attributes")
        text = " ".join(
            [
                p["title"],
                p["category"],
                p["description"],
                " ".join(p["tags"]),
                " ".join("{} {}".format(*kv) for kv in p["attributes"].items()),
            ]
        )
        has_cjk = re.search(r"[\u4e00-\u9fff]", text) is not None
        if p["language"] == "en" and has_cjk:
            errs.append(pid + ": English listing contains Chinese text")
    fids = set()
    for f in FLASH:
        if f["id"] in fids:
            errs.append("duplicate flash sale " + f["id"])
        fids.add(f["id"])
        p = prods.get(f["product_id"])
        if p is None:
            errs.append(f["id"] + ": unknown product")
            continue
        fp = money(f["price"])
        if f.get("sku_id"):
            s = [s for s in p.get("skus", []) if s["id"] == f["sku_id"]]
            if not s:
                errs.append(f["id"] + ": unknown sku")
            elif fp >= money(s[0]["price"]):
                errs.append(f["id"] + ": flash price not below SKU price")
        elif fp >= money(p["price"]):
            errs.append(f["id"] + ": flash price not below product price")
        if ts(f["ends_at"]) <= ts(f["starts_at"]):
            errs.append(f["id"] + ": ends before it starts")
    for pid in ROOM_REC["product_ids"]:
        if pid not in prods:
            errs.append("live room: unknown product " + pid)
    if len(set(ROOM_REC["product_ids"])) != len(ROOM_REC["product_ids"]):
        errs.append("live room: duplicate product")

    texts = set()
    for i, qq in enumerate(QUERIES, 1):
        qid = "ds%03d" % i
        qq["id"] = qid
        t = qq["text"]
        norm = re.sub(r"\s+", " ", t.strip().lower())
        if norm in texts:
            errs.append(qid + ": duplicate query text " + t)
        texts.add(norm)
        tags = qq["tags"]
        if len(set(tags)) != len(tags):
            errs.append(qid + ": duplicate tag")
        unknown = set(tags) - ALLOWED_TAGS
        if unknown:
            errs.append(qid + f": unknown tags {sorted(unknown)}")
        langs = LANG_TAGS & set(tags)
        if len(langs) != 1:
            errs.append(qid + ": needs exactly one of zh/en/mixed")
        if qq["price"] is not None and "price" not in tags:
            errs.append(qid + ": price bound without a price tag")
        judg = {}
        for short, g in qq["judg"].items():
            pid = "xm-" + short
            if pid not in prods:
                errs.append(f"{qid}: unknown product {pid}")
                continue
            if g not in (0, 1, 2, 3):
                errs.append(f"{qid}: bad grade {g!r} for {pid}")
                continue
            judg[pid] = g
            p = prods[pid]
            if g > 0 and p["status"] == "off_shelf":
                errs.append("%s: off-shelf %s graded %d" % (qid, pid, g))
            if g > 1 and p["stock"] == 0:
                errs.append("%s: sold-out %s graded %d" % (qid, pid, g))
            if g > 0 and qq["price"] is not None:
                lo, hi = (Decimal(str(x)) for x in qq["price"])
                for how, fn in (("README rule", price_readme), ("shopper view", price_shopper)):
                    pr = fn(p, now)
                    if not (lo <= pr <= hi):
                        errs.append(
                            "%s: %s graded %d but costs %s (%s), bound %s-%s"
                            % (qid, pid, g, pr, how, lo, hi)
                        )
        qq["judg_full"] = judg
        if not judg and "nothing" not in tags:
            errs.append(qid + ": no judgments and not tagged nothing")
        if "nothing" in tags and any(g > 0 for g in judg.values()):
            errs.append(qid + ": tagged nothing but has a grade > 0")
        # cross_lingual: zh/en query whose every grade>=2 product is in the other language
        rel = [pid for pid, g in judg.items() if g >= 2]
        xl = False
        if rel and langs & {"zh", "en"}:
            ql = "zh-CN" if "zh" in langs else "en"
            xl = all(prods[pid]["language"] != ql for pid in rel)
        if xl != ("cross_lingual" in tags):
            errs.append(
                "{}: cross_lingual tag {} but judgments say {} ({})".format(
                    qid, "cross_lingual" in tags, xl, t
                )
            )
    return errs, prods


def main():
    errs, _prods = check()
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        print("refusing to write: %d problem(s)" % len(errs), file=sys.stderr)
        sys.exit(1)

    lines = [
        "// anchor: " + ANCHOR,
        "// dev-search2: a hand-written live-room general store (小满好物铺 / Xiaoman Goods) for search "
        "evaluation; generated by build.py",
        json.dumps(CREATOR_REC, ensure_ascii=False),
    ]
    lines += [json.dumps(p, ensure_ascii=False) for p in PRODUCTS]
    lines.append(json.dumps(ROOM_REC, ensure_ascii=False))
    lines += [json.dumps(f, ensure_ascii=False) for f in FLASH]
    with open(os.path.join(HERE, "products.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "queries.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for qq in QUERIES:
            fh.write(
                json.dumps(
                    {"id": qq["id"], "text": qq["text"], "tags": qq["tags"]}, ensure_ascii=False
                )
                + "\n"
            )
    n_pairs = 0
    with open(os.path.join(HERE, "qrels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for qq in QUERIES:
            for pid, g in qq["judg_full"].items():
                fh.write("%s\t%s\t%d\n" % (qq["id"], pid, g))
                n_pairs += 1

    tags = Counter(t for qq in QUERIES for t in qq["tags"])
    grades = Counter(g for qq in QUERIES for g in qq["judg_full"].values())
    langs = Counter(p["language"] for p in PRODUCTS)
    print(
        "products: %d (%s), sold out: %d, off shelf: %d, flash sales: %d"
        % (
            len(PRODUCTS),
            ", ".join("%s %d" % kv for kv in sorted(langs.items())),
            sum(1 for p in PRODUCTS if p["stock"] == 0),
            sum(1 for p in PRODUCTS if p["status"] == "off_shelf"),
            len(FLASH),
        )
    )
    print(
        "queries: %d, judged pairs: %d (grades %s)"
        % (len(QUERIES), n_pairs, ", ".join("%d: %d" % kv for kv in sorted(grades.items())))
    )
    print(
        "tags: "
        + ", ".join("%s %d" % kv for kv in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])))
    )
    nothing = sum(1 for qq in QUERIES if not any(g > 0 for g in qq["judg_full"].values()))
    print("queries with no grade > 0 (counted as nothing queries by the evaluator): %d" % nothing)


if __name__ == "__main__":
    main()
