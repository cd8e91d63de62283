"""Independent evaluation set for Daihuo: hand-written catalog, queries, judgments and Q&A.

Writes products.jsonl, queries.jsonl, qrels.tsv and qa.jsonl next to this file.
Standard library only. Run from anywhere:  python3 eval/independent/build.py

Anchor (evaluation clock): 2026-06-18T20:00:00+08:00 (618 evening). See README.md.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# =================================================================================== catalog
ANCHOR = "2026-06-18T20:00:00+08:00"

CREATORS = [
    dict(
        id="c-laok",
        name="户外老K",
        platform="douyin",
        handle="laok_outdoor",
        bio="十年户外老炮，露营钓鱼徒步装备实测，每晚7点直播",
        followers=1860000,
    ),
    dict(
        id="c-xiaoyu",
        name="宝妈小雨",
        platform="kuaishou",
        handle="xiaoyu_mama",
        bio="两个娃的妈，母婴好物囤货攻略，只推自己娃用过的",
        followers=3120000,
    ),
    dict(
        id="c-chashu",
        name="茶叔说茶",
        platform="douyin",
        handle="chashu_tea",
        bio="福建茶农后代，龙井普洱铁观音，讲真话卖好茶",
        followers=540000,
    ),
    dict(
        id="c-gadgetguy",
        name="GadgetGuy Leo",
        platform="other",
        handle="gadgetguy_leo",
        bio="Honest reviews of chargers, cases and everyday tech. Live most weekday evenings.",
        followers=420000,
    ),
    dict(
        id="c-meimei",
        name="美美Mandy",
        platform="douyin",
        handle="meimei_mandy",
        bio="黄皮油皮美妆博主，平价彩妆测评",
        followers=2750000,
    ),
    dict(
        id="c-maomao",
        name="毛毛和它的铲屎官",
        platform="kuaishou",
        handle="maomao_cat",
        bio="三猫一狗，宠物用品真实测评",
        followers=980000,
    ),
    dict(
        id="c-aqiang",
        name="老司机阿强",
        platform="kuaishou",
        handle="aqiang_chepin",
        bio="跑了二十年长途，车品只推实用的",
        followers=1330000,
    ),
    dict(
        id="c-yuewen",
        name="乐音Yuewen",
        platform="douyin",
        handle="yuewen_music",
        bio="尤克里里/吉他老师，零基础入门教学",
        followers=610000,
    ),
    dict(
        id="c-nina",
        name="Chef Nina's Kitchen",
        platform="other",
        handle="chefnina",
        bio="Small kitchen gadgets that actually earn their counter space.",
        followers=260000,
    ),
    dict(
        id="c-xiaolin",
        name="文具控小林",
        platform="douyin",
        handle="xiaolin_wenju",
        bio="考研上岸的文具控，学生党办公党好物分享",
        followers=890000,
    ),
    dict(
        id="c-wangjie",
        name="健康管家王姐",
        platform="kuaishou",
        handle="wangjie_health",
        bio="给爸妈挑健康小家电，十五年护士经验",
        followers=1150000,
    ),
]


def sku(id, attrs, price, stock):
    return {"id": id, "attributes": attrs, "price": price, "stock": stock}


# Every product: id, title, category, price, stock (computed from skus when present), language,
# plus optional fields. `price` with SKUs is the cheapest SKU price.
PRODUCTS = [
    # ------------------------------------------------------------------ outdoor / camping
    dict(
        id="out-chair-01",
        language="zh-CN",
        title="【老K推荐】户外折叠椅 月亮椅 超轻便携铝合金 露营钓鱼椅 家人们冲！",
        category="户外/露营/折叠椅",
        price="129.00",
        original_price="199.00",
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={
            "材质": "7075铝合金+600D牛津布",
            "展开尺寸": "60×52×66cm",
            "收纳尺寸": "38×13×12cm",
        },
        skus=[
            sku("black", {"颜色": "曜石黑"}, "129.00", 40),
            sku("khaki", {"颜色": "卡其色"}, "129.00", 0),
            sku("green", {"颜色": "军绿色"}, "139.00", 25),
        ],
        description="老K自己用了两季的月亮椅。机身重量约1.1kg，最大承重150kg，收纳后可以塞进背包侧袋。椅面加宽，靠背包裹感强，钓鱼一坐一下午不累。",
        faqs=[
            {"q": "坐着稳吗", "a": "四脚带防滑脚垫，草地沙滩都稳。"},
            {"q": "有没有收纳袋", "a": "有，每把椅子都配一个收纳袋。"},
        ],
        tags=["露营", "钓鱼", "月亮椅"],
        shipping="顺丰包邮，当天16点前下单当天发",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-chair-kids",
        language="zh-CN",
        title="儿童折叠小椅子 户外露营宝宝小马扎 卡通恐龙款 便携",
        category="户外/露营/折叠椅",
        price="39.00",
        stock=80,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={"适用年龄": "3-8岁", "承重": "50kg", "材质": "碳钢+牛津布", "座高": "28cm"},
        description="卡通恐龙印花，小朋友自己就能打开收起。",
        tags=["儿童", "露营"],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-chair-en",
        language="en",
        title="Ultralight Backpacking Chair, Compact Folding Camp Chair with Carry Bag",
        category="Outdoor/Camping/Chairs",
        price="219.00",
        stock=30,
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={
            "Weight": "890 g",
            "Max Load": "120 kg",
            "Frame": "aluminium alloy",
            "Seat height": "28 cm",
        },
        faqs=[{"q": "Does it fit in a 30L pack?", "a": "Yes, the packed size is 35 x 11 x 11 cm."}],
        description="Shock-corded poles snap together in under a minute. Ripstop polyester seat.",
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-table-01",
        language="zh-CN",
        title="户外蛋卷桌 铝合金折叠桌 露营野餐桌 便携式 自驾游装备",
        category="户外/露营/折叠桌",
        price="159.00",
        original_price="229.00",
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={
            "材质": "航空铝合金",
            "桌面高度": "两档可调（40cm/70cm）",
            "产品重量": "小号2.6kg / 大号3.4kg",
        },
        skus=[
            sku("s90", {"尺寸": "小号90×60cm"}, "159.00", 20),
            sku("l120", {"尺寸": "大号120×60cm"}, "199.00", 12),
        ],
        description="桌板卷起来像蛋卷，配收纳袋，自驾露营放后备箱刚好。",
        shipping="顺丰包邮，48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-tent-2p",
        language="en",
        title="2-Person Backpacking Tent, Waterproof PU3000 Double Layer, 3 Season",
        category="Outdoor/Camping/Tents",
        price="399.00",
        original_price="499.00",
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={
            "Capacity": "2 persons",
            "Waterproof rating": "PU3000mm",
            "Packed weight": "2.1 kg",
            "Poles": "7001 aluminium",
        },
        skus=[
            sku("green", {"Color": "Forest Green"}, "399.00", 10),
            sku("sand", {"Color": "Sand"}, "399.00", 8),
        ],
        faqs=[
            {
                "q": "Is a footprint included?",
                "a": "No, the footprint (ground sheet) is sold separately.",
            }
        ],
        description="One person can pitch it in about 5 minutes. Two doors and two vestibules, so nobody climbs over anybody at 3 am.",
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-tent-auto",
        language="zh-CN",
        title="全自动速开帐篷 3-4人 户外露营 防雨防晒 免搭建 公园野餐",
        category="户外/露营/帐篷",
        price="269.00",
        original_price="399.00",
        stock=35,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={
            "适用人数": "3-4人",
            "防水指数": "2000mm",
            "展开尺寸": "210×200×135cm",
            "重量": "4.5kg",
        },
        description="弹簧钢骨架，打开即用，约10秒成型。附赠地钉8根、防风绳4根。",
        faqs=[{"q": "下大雨会漏吗", "a": "中雨没问题，暴雨建议加装天幕。"}],
        shipping="顺丰包邮，48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-sleepbag-adult",
        language="zh-CN",
        title="【户外老K】信封式睡袋 成人 春秋冬加厚 可拼接双人 露营午休",
        category="户外/露营/睡袋",
        price="89.00",
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={
            "填充物": "中空棉",
            "展开尺寸": "220×75cm",
            "适用温度": "1.5kg款10℃以上 / 2.0kg款5℃以上 / 2.5kg款0℃以上",
        },
        skus=[
            sku("w15", {"重量": "1.5kg"}, "89.00", 40),
            sku("w20", {"重量": "2.0kg"}, "109.00", 0),
            sku("w25", {"重量": "2.5kg"}, "129.00", 15),
        ],
        faqs=[{"q": "可以机洗吗", "a": "可以，洗衣机轻柔模式，低温晾干。"}],
        description="两个睡袋拉链可以拼成一个双人睡袋。",
        shipping="48小时内发货，包邮（偏远地区除外）",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-sleepbag-kids",
        language="zh-CN",
        title="儿童睡袋 户外露营 小学生午睡 卡通恐龙 可机洗",
        category="户外/露营/睡袋",
        price="69.00",
        stock=50,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={"适用身高": "100-150cm", "填充物": "中空棉", "面料": "涤纶"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-lantern-01",
        language="zh-CN",
        title="露营灯 充电式 超亮LED帐篷灯 户外照明 挂灯 复古马灯",
        category="户外/露营/照明",
        price="79.00",
        stock=60,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={
            "亮度": "最高800流明",
            "电池容量": "5200mAh",
            "充电时间": "约4小时",
            "充电接口": "Type-C",
            "防水等级": "IPX4",
        },
        description="三档调光，暖光白光一键切换，底座带磁吸，可以吸在车门上。",
        faqs=[{"q": "能给手机充电吗", "a": "可以，带USB输出口，可当应急充电宝。"}],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-lantern-en",
        language="en",
        title="Rechargeable Camping Lantern 1000LM, 30H Runtime, Power Bank Function",
        category="Outdoor/Camping/Lighting",
        price="119.00",
        stock=0,
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={
            "Brightness": "1000 lumens",
            "Runtime": "up to 30 hours (low mode)",
            "Battery": "10000mAh",
            "Waterproof": "IP65",
        },
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-headlamp",
        language="zh-CN",
        title="LED头灯 强光充电 超亮头戴式 夜钓跑步 户外徒步",
        category="户外/露营/照明",
        price="45.00",
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={"续航": "强光约4小时 / 弱光约12小时", "重量": "68g", "防水": "IPX5"},
        skus=[
            sku("std", {"款式": "标准款"}, "45.00", 100),
            sku("sensor", {"款式": "挥手感应款"}, "59.00", 60),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-poles",
        language="en",
        title="Carbon Fiber Trekking Poles, 2-Pack, Collapsible with Cork Grip",
        category="Outdoor/Hiking/Trekking Poles",
        price="189.00",
        stock=22,
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={
            "Material": "carbon fiber",
            "Length": "62–135 cm adjustable",
            "Weight": "215 g per pole",
            "Quantity": "2 poles",
        },
        description="Flick-lock adjusters work with gloves on. Comes with rubber tips for pavement.",
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-pole-single",
        language="zh-CN",
        title="登山杖 单支 铝合金 三节伸缩 徒步爬山手杖 老人可用",
        category="户外/徒步/登山杖",
        price="49.00",
        stock=70,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={"材质": "铝合金", "长度": "65-135cm", "节数": "三节"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-stove",
        language="zh-CN",
        title="便携卡式炉 户外野炊 燃气炉 露营炉具 火锅炉",
        category="户外/露营/炉具",
        price="139.00",
        stock=28,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={"额定功率": "2.1kW", "适用气罐": "长罐卡式气", "材质": "不锈钢"},
        description="带防风罩，压电式点火。需另购气罐，本品不含气罐。",
        faqs=[{"q": "坐飞机能带吗", "a": "气罐不能上飞机，炉头本身可以托运。"}],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-gas",
        language="zh-CN",
        title="卡式炉气罐 丁烷气 250g×4罐 户外便携燃气",
        category="户外/露营/燃料",
        price="39.00",
        stock=200,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={"净含量": "250g×4罐", "气体": "丁烷"},
        shipping="危险品仅限陆运，不发新疆、西藏，48小时内发货",
        return_policy="no_return",
    ),
    dict(
        id="out-cooler",
        language="en",
        title="Hard Cooler Box 25L, Keeps Ice 3 Days, Camping Ice Chest",
        category="Outdoor/Camping/Coolers",
        price="299.00",
        stock=14,
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={
            "Capacity": "25 L",
            "Ice retention": "up to 72 hours",
            "Material": "PP outer shell, PU foam insulation",
        },
        description="Fits 30 cans of soda standing up. Drain plug at the bottom.",
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-hammock",
        language="zh-CN",
        title="户外吊床 双人加宽 防侧翻 降落伞布 送绑带 家用宿舍秋千",
        category="户外/露营/吊床",
        price="59.00",
        stock=90,
        brand="山野客",
        shop="山野客户外旗舰店",
        creator_id="c-laok",
        attributes={"承重": "200kg", "尺寸": "270×140cm", "材质": "210T降落伞布"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="out-bottle",
        language="en",
        title="Insulated Stainless Steel Water Bottle 750ml, Cold 24h Hot 12h, Leak-Proof",
        category="Outdoor/Drinkware/Bottles",
        price="99.00",
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={
            "Capacity": "750 ml",
            "Body material": "18/8 stainless steel",
            "Lid": "BPA-free PP",
            "Insulation": "cold 24 hours / hot 12 hours",
        },
        skus=[
            sku("black", {"Color": "Black"}, "99.00", 30),
            sku("white", {"Color": "White"}, "99.00", 0),
            sku("sage", {"Color": "Sage Green"}, "109.00", 12),
        ],
        faqs=[
            {
                "q": "Is it dishwasher safe?",
                "a": "Hand wash the bottle. Only the lid is top-rack dishwasher safe.",
            }
        ],
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ tea & coffee
    dict(
        id="tea-longjing",
        language="zh-CN",
        title="2026新茶 明前西湖龙井 特级 250g礼盒装 茶叔推荐 送长辈",
        category="茶饮/茶叶/绿茶",
        price="388.00",
        original_price="598.00",
        stock=40,
        brand="狮峰",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={
            "产地": "杭州西湖区",
            "净含量": "250g",
            "等级": "特级",
            "采摘时间": "2026年3月明前",
        },
        description="建议80-85℃水温冲泡，冷藏保存可放18个月。两个铁罐装在礼盒里，配手提礼袋。",
        faqs=[{"q": "送人有礼袋吗", "a": "有，每盒配一个手提礼袋。"}],
        shipping="顺丰包邮，48小时内发货",
        return_policy="食品类拆封后不支持退货，未拆封7天可退",
    ),
    dict(
        id="tea-longjing-small",
        language="zh-CN",
        title="西湖龙井 一级 罐装100g 口粮茶 绿茶",
        category="茶饮/茶叶/绿茶",
        price="128.00",
        stock=0,
        brand="狮峰",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"产地": "杭州", "净含量": "100g", "等级": "一级"},
        shipping="顺丰包邮",
        return_policy="食品类拆封后不支持退货，未拆封7天可退",
    ),
    dict(
        id="tea-puer",
        language="zh-CN",
        title="云南普洱茶 熟茶饼 357g 2019年勐海古树 七子饼",
        category="茶饮/茶叶/普洱",
        price="168.00",
        stock=25,
        brand="勐海山",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"产地": "云南勐海", "净含量": "357g", "年份": "2019年", "类型": "熟茶"},
        description="传统七子饼规格，棉纸包装，附赠一把茶刀。",
        shipping="顺丰包邮，48小时内发货",
        return_policy="食品类拆封后不支持退货，未拆封7天可退",
    ),
    dict(
        id="tea-tieguanyin",
        language="zh-CN",
        title="安溪铁观音 浓香型 小包装 500g 乌龙茶 口粮",
        category="茶饮/茶叶/乌龙茶",
        price="98.00",
        stock=60,
        brand="安溪山",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"产地": "福建安溪", "香型": "浓香型", "净含量": "500g（约60小泡）"},
        shipping="48小时内发货，包邮",
        return_policy="食品类拆封后不支持退货，未拆封7天可退",
    ),
    dict(
        id="tea-jasmine",
        language="zh-CN",
        title="茉莉花茶 飘雪 特级浓香 2026新茶 罐装 四川",
        category="茶饮/茶叶/花茶",
        price="59.00",
        brand="蒙顶",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"产地": "四川峨眉", "香型": "茉莉浓香"},
        skus=[
            sku("can1", {"规格": "1罐125g"}, "59.00", 50),
            sku("can2", {"规格": "2罐装250g"}, "110.00", 30),
        ],
        shipping="48小时内发货，包邮",
        return_policy="食品类拆封后不支持退货，未拆封7天可退",
    ),
    dict(
        id="tea-oolong-en",
        language="en",
        title="Taiwan High Mountain Oolong Tea, Loose Leaf, 150g Tin",
        category="Tea & Coffee/Tea/Oolong",
        price="158.00",
        stock=20,
        brand="Alishan Leaf",
        shop="Leaf & Bean Imports",
        attributes={
            "Origin": "Alishan, Taiwan",
            "Net weight": "150 g",
            "Brewing": "95°C, 3-5 infusions",
        },
        shipping="Dispatched within 3 days, free shipping.",
        return_policy="no_return",
    ),
    dict(
        id="cof-beans",
        language="zh-CN",
        title="云南小粒咖啡豆 中深烘焙 现烘 500g 可代磨粉 美式手冲",
        category="茶饮/咖啡/咖啡豆",
        price="79.00",
        original_price="99.00",
        brand="保山豆坊",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"烘焙度": "中深烘焙", "产地": "云南保山", "净含量": "500g"},
        skus=[
            sku("bean", {"形态": "咖啡豆"}, "79.00", 50),
            sku("ground", {"形态": "磨粉（手冲粗细）"}, "79.00", 30),
        ],
        description="烘焙后7天内发货。风味：坚果、黑巧、焦糖，酸度低。",
        shipping="48小时内发货，包邮",
        return_policy="食品类拆封后不支持退货",
    ),
    dict(
        id="cof-drip",
        language="zh-CN",
        title="☕挂耳咖啡 黑咖啡 美式 无糖 10g×30包 办公室提神 打工人续命",
        category="茶饮/咖啡/挂耳咖啡",
        price="69.00",
        stock=120,
        brand="保山豆坊",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"规格": "10g×30包", "口味": "经典拼配", "糖分": "无糖"},
        shipping="48小时内发货，包邮",
        return_policy="食品类拆封后不支持退货",
    ),
    dict(
        id="cof-instant-en",
        language="en",
        title="Freeze-Dried Instant Black Coffee, 3g x 40 Sticks, Zero Sugar",
        category="Tea & Coffee/Coffee/Instant",
        price="89.00",
        stock=60,
        brand="Morning Owl",
        shop="Leaf & Bean Imports",
        attributes={
            "Net weight": "120 g (3 g x 40)",
            "Sugar": "0 g",
            "Dissolves in": "cold or hot water",
        },
        shipping="Dispatched within 3 days, free shipping.",
        return_policy="no_return",
    ),
    dict(
        id="cof-beans-en",
        language="en",
        title="Ethiopia Yirgacheffe Light Roast Whole Bean Coffee 227g",
        category="Tea & Coffee/Coffee/Beans",
        price="118.00",
        stock=15,
        brand="Morning Owl",
        shop="Leaf & Bean Imports",
        attributes={
            "Roast level": "Light",
            "Tasting notes": "jasmine, lemon, peach",
            "Process": "washed",
            "Net weight": "227 g",
        },
        shipping="Dispatched within 3 days, free shipping.",
        return_policy="no_return",
    ),
    dict(
        id="cof-frenchpress",
        language="en",
        title="French Press Coffee Maker 1L, Borosilicate Glass, Stainless Steel Filter",
        category="Tea & Coffee/Coffee Makers/French Press",
        price="129.00",
        stock=30,
        brand="Morning Owl",
        shop="Leaf & Bean Imports",
        creator_id="c-nina",
        attributes={
            "Capacity": "1000 ml (about 4 cups)",
            "Carafe": "borosilicate glass",
            "Frame": "stainless steel",
        },
        faqs=[{"q": "Can I make tea with it?", "a": "Yes, it works for loose leaf tea too."}],
        description="Four-layer filter keeps the grounds out of your cup. The glass carafe can be replaced separately if it breaks.",
        shipping="Dispatched within 3 days, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cof-kettle",
        language="zh-CN",
        title="手冲壶 细口壶 不锈钢 家用 挂耳咖啡手冲套装 长嘴壶",
        category="茶饮/咖啡器具/手冲壶",
        price="89.00",
        brand="保山豆坊",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"材质": "304不锈钢", "壶嘴": "鹅颈细口"},
        skus=[
            sku("ml600", {"容量": "600ml"}, "89.00", 30),
            sku("ml1000", {"容量": "1000ml"}, "109.00", 10),
        ],
        description="可以直接放燃气灶和电磁炉上加热。注意：这不是电热水壶，没有插电功能。",
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cof-grinder-hand",
        language="zh-CN",
        title="手摇磨豆机 咖啡豆研磨机 不锈钢磨芯 家用便携 手磨咖啡机",
        category="茶饮/咖啡器具/磨豆机",
        price="129.00",
        stock=20,
        brand="保山豆坊",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"磨芯材质": "420不锈钢", "外壳材质": "铝合金", "粉仓容量": "25g"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cof-grinder-elec",
        language="en",
        title="Electric Burr Coffee Grinder with 38 Grind Settings",
        category="Tea & Coffee/Coffee Makers/Grinders",
        price="299.00",
        stock=12,
        brand="Morning Owl",
        shop="Leaf & Bean Imports",
        attributes={"Power": "150 W", "Bean hopper": "250 g", "Grind settings": "38"},
        faqs=[
            {
                "q": "Can it grind spices?",
                "a": "Not recommended; spices and oily seeds damage the burrs.",
            }
        ],
        shipping="Dispatched within 3 days, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="tea-set",
        language="zh-CN",
        title="功夫茶具套装 家用 德化白瓷 盖碗 公道杯 6杯 送礼",
        category="茶饮/茶具/功夫茶具",
        price="139.00",
        stock=25,
        brand="德化窑",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"材质": "德化白瓷", "件数": "1盖碗+1公道杯+6品茗杯+1茶滤"},
        description="盖碗容量约150ml，品茗杯每只约40ml。",
        shipping="顺丰包邮，破损包赔",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cof-mug",
        language="zh-CN",
        title="保温杯 咖啡杯 车载随行杯 316不锈钢 便携 男女 办公室",
        category="茶饮/杯具/保温杯",
        price="69.00",
        brand="保山豆坊",
        shop="茶叔茶庄",
        creator_id="c-chashu",
        attributes={"容量": "400ml", "内胆材质": "316不锈钢", "保温效果": "6小时保温（>50℃）"},
        skus=[
            sku("white", {"颜色": "奶白色"}, "69.00", 40),
            sku("blue", {"颜色": "雾霾蓝"}, "69.00", 0),
            sku("black", {"颜色": "经典黑"}, "79.00", 25),
        ],
        description="杯身直径7cm，能放进大部分车的杯架。",
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cof-coldbrew",
        language="en",
        title="Cold Brew Coffee Maker 1.5L Pitcher with Mesh Filter",
        category="Tea & Coffee/Coffee Makers/Cold Brew",
        price="79.00",
        stock=25,
        brand="Morning Owl",
        shop="Leaf & Bean Imports",
        attributes={
            "Capacity": "1.5 L",
            "Material": "Tritan (BPA-free)",
            "Filter": "stainless steel mesh",
        },
        shipping="Dispatched within 3 days, free shipping.",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ stationery / office
    dict(
        id="sta-gelpen",
        language="zh-CN",
        title="【文具控推荐】中性笔 0.5mm 按动速干 学生刷题笔 考试专用 12支装",
        category="文具/书写工具/中性笔",
        price="19.90",
        brand="晨光",
        shop="小林文具铺",
        creator_id="c-xiaolin",
        attributes={"笔尖": "0.5mm子弹头", "出墨方式": "按动式", "墨水颜色": "黑/红/蓝"},
        skus=[
            sku("blk12", {"款式": "黑色12支"}, "19.90", 200),
            sku("mix12", {"款式": "黑红蓝混装12支"}, "19.90", 100),
        ],
        faqs=[{"q": "替芯通用吗", "a": "通用G2规格替芯。"}],
        description="单支书写长度约600米，刷题一个月用不完。",
        shipping="48小时内发货，满19.9包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-refill",
        language="zh-CN",
        title="中性笔替芯 0.5mm 黑色 G2通用 20支",
        category="文具/书写工具/笔芯",
        price="12.90",
        stock=150,
        brand="晨光",
        shop="小林文具铺",
        creator_id="c-xiaolin",
        attributes={"规格": "0.5mm", "数量": "20支", "颜色": "黑色"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-fountain",
        language="en",
        title="Fountain Pen, Fine Nib, with Converter and 6 Ink Cartridges, Gift Box",
        category="Stationery/Writing/Fountain Pens",
        price="89.00",
        stock=40,
        brand="Inkwell",
        shop="Inkwell Paper Co.",
        attributes={
            "Nib": "Fine (F), iridium tip",
            "Body": "brass with matte lacquer",
            "Ink system": "cartridge or converter",
        },
        description="Standard international cartridges fit. The cap posts securely on the back.",
        shipping="Ships in 2 business days.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-ink",
        language="en",
        title="Bottled Fountain Pen Ink 50ml, Blue-Black",
        category="Stationery/Writing/Ink",
        price="39.00",
        stock=30,
        brand="Inkwell",
        shop="Inkwell Paper Co.",
        attributes={"Volume": "50 ml", "Color": "Blue-Black"},
        shipping="Ships in 2 business days.",
        return_policy="no_return",
    ),
    dict(
        id="sta-notebook",
        language="zh-CN",
        title="A5笔记本 加厚 横线/方格/点阵 学生记事本 考研 4本装",
        category="文具/本册/笔记本",
        price="29.90",
        brand="小林手作",
        shop="小林文具铺",
        creator_id="c-xiaolin",
        attributes={"纸张": "100g道林纸", "页数": "每本80张160页", "尺寸": "A5"},
        skus=[
            sku("line", {"内页": "横线"}, "29.90", 40),
            sku("grid", {"内页": "方格"}, "29.90", 35),
            sku("dot", {"内页": "点阵"}, "29.90", 0),
        ],
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-planner",
        language="en",
        title="Undated Weekly Planner A5, Hardcover, Monthly Tabs, 12 Months",
        category="Stationery/Notebooks/Planners",
        price="59.00",
        stock=25,
        brand="Inkwell",
        shop="Inkwell Paper Co.",
        attributes={"Size": "A5", "Pages": "160 pages", "Paper": "100 gsm"},
        shipping="Ships in 2 business days.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-organizer",
        language="zh-CN",
        title="桌面收纳盒 多层抽屉式 办公室文具收纳架 宿舍置物",
        category="文具/收纳/桌面收纳",
        price="45.00",
        stock=60,
        brand="小林手作",
        shop="小林文具铺",
        creator_id="c-xiaolin",
        attributes={"材质": "PS塑料", "尺寸": "30×20×25cm", "抽屉数": "4个"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-monitor-stand",
        language="zh-CN",
        title="显示器增高架 桌面 竹木 带抽屉 电脑屏幕支架 办公",
        category="文具/办公家具/显示器支架",
        price="89.00",
        stock=45,
        brand="小林手作",
        shop="小林文具铺",
        creator_id="c-xiaolin",
        attributes={"承重": "30kg", "尺寸": "长60cm×宽20cm×高10cm", "材质": "楠竹"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-laptop-stand",
        language="en",
        title="Aluminum Laptop Stand, Adjustable Height, Foldable, Fits 10-17 inch",
        category="Office/Desk Accessories/Laptop Stands",
        price="129.00",
        stock=50,
        brand="DeskMate",
        shop="DeskMate Official",
        attributes={
            "Material": "aluminium alloy",
            "Weight": "260 g",
            "Fits": "10–17 inch laptops",
            "Height levels": "6",
        },
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-chair",
        language="zh-CN",
        title="人体工学椅 电脑椅 家用 护腰 久坐不累 办公椅 电竞椅",
        category="文具/办公家具/办公椅",
        price="699.00",
        original_price="999.00",
        stock=10,
        brand="坐享",
        shop="坐享家具旗舰店",
        attributes={
            "扶手": "3D联动扶手",
            "最大承重": "150kg",
            "坐垫": "高密度海绵",
            "头枕": "可升降",
        },
        shipping="物流配送，预计5-7天送达，需自行安装（附视频教程）",
        return_policy="拆封安装后不支持7天无理由退货，质量问题包退换",
    ),
    dict(
        id="sta-sticky",
        language="zh-CN",
        title="便利贴 莫兰迪色 学生用 便签纸 可爱 400张",
        category="文具/纸品/便利贴",
        price="9.90",
        stock=500,
        brand="小林手作",
        shop="小林文具铺",
        creator_id="c-xiaolin",
        attributes={"数量": "400张", "尺寸": "76×76mm"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-highlighter",
        language="en",
        title="Pastel Highlighters Set of 6, Chisel Tip, No Bleed",
        category="Stationery/Writing/Highlighters",
        price="25.00",
        stock=80,
        brand="Inkwell",
        shop="Inkwell Paper Co.",
        attributes={"Tip": "chisel, 1-4 mm", "Count": "6 colours"},
        shipping="Ships in 2 business days.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-stapler",
        language="zh-CN",
        title="省力订书机 大号 重型 可订50页 办公用",
        category="文具/办公用品/订书机",
        price="35.00",
        stock=40,
        brand="得力",
        shop="小林文具铺",
        creator_id="c-xiaolin",
        attributes={"订书能力": "50页（70g纸）", "适用钉": "24/6、26/6"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="sta-desklamp",
        language="en",
        title="LED Desk Lamp with Wireless Charger, 5 Color Modes, Eye-Caring, Touch Control",
        category="Office/Lighting/Desk Lamps",
        price="169.00",
        stock=20,
        brand="DeskMate",
        shop="DeskMate Official",
        creator_id="c-gadgetguy",
        attributes={
            "Power": "10 W",
            "Color temperature": "3000K–6500K",
            "Wireless charging output": "10 W",
        },
        description="The charging pad in the base works with any Qi phone. Lamp arm folds flat.",
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ car accessories
    dict(
        id="car-holder",
        language="zh-CN",
        title="车载手机支架 出风口 重力感应 导航支架 老司机推荐 不挡风口",
        category="汽车用品/车载支架/手机支架",
        price="39.00",
        brand="驰途",
        shop="阿强车品",
        creator_id="c-aqiang",
        attributes={"适用手机": "4.7-7.2英寸", "材质": "铝合金+硅胶"},
        skus=[
            sku("vent", {"款式": "出风口款"}, "39.00", 80),
            sku("dash", {"款式": "中控台吸盘款"}, "49.00", 30),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-holder-magsafe",
        language="en",
        title="MagSafe Car Mount Charger 15W, Magnetic Wireless Charging, Dashboard & Vent",
        category="Car Accessories/Phone Mounts",
        price="159.00",
        stock=25,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={
            "Charging": "15 W wireless",
            "Compatible": "iPhone 12–16 series",
            "Mount": "vent clip + dashboard base",
        },
        faqs=[
            {
                "q": "Does it work with Android?",
                "a": "Only with the included magnetic ring sticker and a Qi-capable phone.",
            }
        ],
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-dashcam",
        language="zh-CN",
        title="🔥行车记录仪 4K超清 夜视 前后双录 免走线 停车监控 老铁们放心冲",
        category="汽车用品/车载电器/行车记录仪",
        price="399.00",
        original_price="499.00",
        stock=35,
        brand="驰途",
        shop="阿强车品",
        creator_id="c-aqiang",
        attributes={
            "分辨率": "4K前录+1080P后录",
            "存储": "支持最大256G TF卡（不含卡）",
            "视角": "140°",
        },
        description="星光夜视，晚上也能看清车牌。停车监控需要另购降压线。",
        faqs=[{"q": "送内存卡吗", "a": "不送，建议买64G以上高速卡。"}],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-dashcam-mini",
        language="en",
        title="Mini Dash Cam 1080P, Front Only, 170° Wide Angle, Loop Recording",
        category="Car Accessories/Dash Cams",
        price="169.00",
        stock=20,
        brand="VoltCraft",
        shop="VoltCraft Official",
        attributes={
            "Resolution": "1080P",
            "Field of view": "170°",
            "Storage": "microSD up to 128 GB (not included)",
        },
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-vacuum",
        language="zh-CN",
        title="车载吸尘器 无线 大吸力 车家两用 手持小型 充电",
        category="汽车用品/车载电器/吸尘器",
        price="129.00",
        stock=40,
        brand="驰途",
        shop="阿强车品",
        creator_id="c-aqiang",
        attributes={"吸力": "12000Pa", "额定功率": "120W", "充电时间": "约3小时"},
        description="配3个吸头，HEPA滤网可以水洗。",
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-inflator",
        language="en",
        title="Portable Tire Inflator, Cordless Air Compressor 150 PSI with LED Light",
        category="Car Accessories/Tools/Tire Inflators",
        price="199.00",
        stock=30,
        brand="VoltCraft",
        shop="VoltCraft Official",
        attributes={
            "Max pressure": "150 PSI",
            "Battery": "6000 mAh",
            "Auto shut-off": "yes, at preset pressure",
        },
        description="Inflates a standard car tyre from 30 to 36 PSI in about 3 minutes. Also does bikes and balls.",
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-cushion",
        language="zh-CN",
        title="汽车坐垫 夏季凉垫 冰丝 透气 单片/五座全套 四季通用",
        category="汽车用品/内饰/坐垫",
        price="59.00",
        brand="驰途",
        shop="阿强车品",
        creator_id="c-aqiang",
        attributes={"材质": "冰丝", "适用车型": "通用五座"},
        skus=[
            sku("single", {"规格": "单片（主驾）"}, "59.00", 50),
            sku("set", {"规格": "五座全套"}, "199.00", 20),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-fresh",
        language="zh-CN",
        title="车载香薰 出风口香水 持久淡香 男士 车内除异味",
        category="汽车用品/内饰/香薰",
        price="29.90",
        brand="驰途",
        shop="阿强车品",
        creator_id="c-aqiang",
        attributes={"持香时间": "约60天", "净含量": "8ml"},
        skus=[
            sku("cologne", {"香型": "古龙"}, "29.90", 40),
            sku("ocean", {"香型": "海洋"}, "29.90", 0),
            sku("whitetea", {"香型": "白茶"}, "29.90", 60),
        ],
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-jump",
        language="en",
        title="Car Jump Starter 2000A Peak, 12V Portable Battery Booster with USB Output",
        category="Car Accessories/Tools/Jump Starters",
        price="329.00",
        stock=10,
        brand="VoltCraft",
        shop="VoltCraft Official",
        attributes={
            "Peak current": "2000 A",
            "Battery capacity": "20000 mAh",
            "Suitable engines": "up to 8.0L gas / 6.0L diesel",
        },
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-charger",
        language="zh-CN",
        title="车载充电器 点烟器转换 快充 双口 PD30W 一拖二",
        category="汽车用品/车载电器/车充",
        price="49.00",
        stock=70,
        brand="驰途",
        shop="阿强车品",
        creator_id="c-aqiang",
        attributes={"接口": "USB-C+USB-A", "最大输出": "PD30W"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-sunshade",
        language="zh-CN",
        title="汽车遮阳伞 前挡风玻璃 防晒隔热 伞式 车用遮阳帘",
        category="汽车用品/内饰/遮阳挡",
        price="39.00",
        brand="驰途",
        shop="阿强车品",
        creator_id="c-aqiang",
        attributes={"材质": "钛银胶布", "开合方式": "伞式"},
        skus=[
            sku("S", {"尺寸": "小号（适合轿车）"}, "39.00", 60),
            sku("L", {"尺寸": "大号（适合SUV）"}, "45.00", 40),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-trunk",
        language="en",
        title="Collapsible Trunk Organizer, 3 Compartments, Waterproof Bottom",
        category="Car Accessories/Storage/Trunk Organizers",
        price="69.00",
        stock=35,
        brand="VoltCraft",
        shop="VoltCraft Official",
        attributes={"Capacity": "55 L", "Material": "600D Oxford fabric"},
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="car-seat-kids",
        language="zh-CN",
        title="儿童安全座椅 0-12岁 汽车用 ISOFIX接口 360度旋转 宝宝可躺",
        category="母婴/出行/安全座椅",
        price="899.00",
        original_price="1299.00",
        stock=8,
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={
            "适用年龄": "0-12岁",
            "适用体重": "0-36kg",
            "接口": "ISOFIX+LATCH",
            "认证": "3C认证",
        },
        description="0-4岁反向安装，4岁以上正向安装，座椅可360度旋转方便抱娃。",
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ musical instruments
    dict(
        id="mus-uke23",
        language="zh-CN",
        title="尤克里里 23寸 初学者 单板桃花心木 送全套配件 乐音推荐 ukulele",
        category="乐器/弹拨乐器/尤克里里",
        price="299.00",
        brand="乐音",
        shop="乐音琴行",
        creator_id="c-yuewen",
        attributes={"面板": "单板桃花心木", "背侧板": "桃花心木合板", "琴弦": "Aquila尼龙弦"},
        skus=[
            sku("s23", {"尺寸": "23寸"}, "299.00", 20),
            sku("s26", {"尺寸": "26寸"}, "339.00", 0),
        ],
        description="赠品：琴包、调音器、拨片、备用弦一套。",
        faqs=[{"q": "零基础能学吗", "a": "能，购买后附赠30节入门视频课。"}],
        shipping="顺丰包邮，48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="mus-uke-kids",
        language="zh-CN",
        title="儿童尤克里里 21寸 小吉他 可弹奏 音乐启蒙 玩具",
        category="乐器/儿童乐器",
        price="69.00",
        stock=50,
        brand="乐音",
        shop="乐音琴行",
        creator_id="c-yuewen",
        attributes={"适用年龄": "3岁以上", "材质": "椴木", "尺寸": "21寸"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="mus-guitar",
        language="en",
        title="41 Inch Acoustic Guitar for Beginners, Spruce Top, with Gig Bag and Capo",
        category="Musical Instruments/Guitars/Acoustic",
        price="459.00",
        stock=12,
        brand="Melodia",
        shop="Melodia Music",
        attributes={
            "Top": "spruce",
            "Back & sides": "basswood",
            "Scale length": "648 mm",
            "Includes": "gig bag, capo, strap, 3 picks",
        },
        shipping="Ships within 3 days in a double-walled box.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="mus-strings",
        language="en",
        title="Acoustic Guitar Strings Phosphor Bronze, Light 12-53, 3 Sets",
        category="Musical Instruments/Accessories/Strings",
        price="59.00",
        stock=80,
        brand="Melodia",
        shop="Melodia Music",
        attributes={"Gauge": "light 12-53", "Material": "phosphor bronze", "Sets": "3"},
        shipping="Ships within 3 days.",
        return_policy="no_return",
    ),
    dict(
        id="mus-ukestrings",
        language="zh-CN",
        title="尤克里里琴弦 尼龙弦 一套4根 21/23/26寸通用",
        category="乐器/配件/琴弦",
        price="25.00",
        stock=100,
        brand="乐音",
        shop="乐音琴行",
        creator_id="c-yuewen",
        attributes={"材质": "尼龙", "数量": "一套4根"},
        shipping="48小时内发货",
        return_policy="no_return",
    ),
    dict(
        id="mus-capo",
        language="zh-CN",
        title="吉他变调夹 尤克里里通用 金属 民谣电吉他",
        category="乐器/配件/变调夹",
        price="19.90",
        stock=150,
        brand="乐音",
        shop="乐音琴行",
        creator_id="c-yuewen",
        attributes={"材质": "锌合金"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="mus-tuner",
        language="en",
        title="Clip-On Tuner for Guitar, Ukulele, Bass and Violin",
        category="Musical Instruments/Accessories/Tuners",
        price="35.00",
        stock=70,
        brand="Melodia",
        shop="Melodia Music",
        attributes={
            "Battery": "CR2032 (included)",
            "Modes": "chromatic, guitar, bass, ukulele, violin",
        },
        shipping="Ships within 3 days.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="mus-piano",
        language="zh-CN",
        title="电钢琴 88键重锤 家用 初学者 专业考级 数码钢琴 立式",
        category="乐器/键盘乐器/电钢琴",
        price="2299.00",
        original_price="2999.00",
        stock=6,
        brand="乐音",
        shop="乐音琴行",
        creator_id="c-yuewen",
        attributes={
            "键数": "88键",
            "键盘": "全配重锤键盘",
            "复音数": "128",
            "产品重量": "约32kg（不含琴架）",
        },
        shipping="物流送货上门，不含安装",
        return_policy="大件商品签收后不支持无理由退货，质量问题15天包换",
    ),
    dict(
        id="mus-keyboard",
        language="en",
        title="61-Key Electronic Keyboard for Beginners with Stand and Microphone",
        category="Musical Instruments/Keyboards",
        price="499.00",
        stock=15,
        brand="Melodia",
        shop="Melodia Music",
        attributes={
            "Keys": "61 (not weighted)",
            "Polyphony": "32",
            "Power": "adapter or 6 AA batteries",
        },
        shipping="Ships within 3 days.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="mus-harmonica",
        language="zh-CN",
        title="口琴 24孔 复音 C调 初学者 学生 成人",
        category="乐器/吹奏乐器/口琴",
        price="49.00",
        stock=40,
        brand="乐音",
        shop="乐音琴行",
        creator_id="c-yuewen",
        attributes={"孔数": "24孔", "调性": "C调", "类型": "复音口琴"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="mus-kalimba",
        language="en",
        title="Kalimba 17 Keys Thumb Piano, Mahogany, with Tuning Hammer",
        category="Musical Instruments/Percussion/Kalimba",
        price="79.00",
        stock=0,
        brand="Melodia",
        shop="Melodia Music",
        attributes={"Keys": "17", "Body": "mahogany", "Tuning": "C major"},
        shipping="Ships within 3 days.",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ mother & baby
    dict(
        id="bb-bottle",
        language="zh-CN",
        title="宝宝奶瓶 PPSU 宽口径 防胀气 新生儿 耐摔 160/240/300ml",
        category="母婴/喂养/奶瓶",
        price="109.00",
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"瓶身材质": "PPSU", "奶嘴材质": "液态硅胶", "随瓶奶嘴": "M号（3-6个月）"},
        skus=[
            sku("ml160", {"容量": "160ml"}, "109.00", 30),
            sku("ml240", {"容量": "240ml"}, "119.00", 20),
            sku("ml300", {"容量": "300ml"}, "129.00", 0),
        ],
        faqs=[{"q": "能高温消毒吗", "a": "瓶身耐热180℃，可以蒸汽消毒和煮沸消毒。"}],
        description="防胀气阀门在奶嘴底座，宝宝喝奶不呛。",
        shipping="顺丰包邮，48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-nipple",
        language="zh-CN",
        title="宽口径奶嘴 替换装 2只装 液态硅胶 十字孔/Y字孔",
        category="母婴/喂养/奶嘴",
        price="39.00",
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"材质": "液态硅胶", "数量": "2只装", "适配": "贝安宽口径奶瓶"},
        skus=[
            sku("S", {"规格": "S号（0-3个月）"}, "39.00", 40),
            sku("M", {"规格": "M号（3-6个月）"}, "39.00", 40),
            sku("L", {"规格": "L号（6个月以上）"}, "39.00", 0),
            sku("Y", {"规格": "Y字孔（9个月以上）"}, "39.00", 20),
        ],
        shipping="顺丰包邮，48小时内发货",
        return_policy="贴身用品拆封后不退换",
    ),
    dict(
        id="bb-diaper",
        language="zh-CN",
        title="【宝妈囤货】👶纸尿裤 超薄透气 婴儿尿不湿 S/M/L/XL 整箱装 新生儿 家人们闭眼入",
        category="母婴/纸尿裤/纸尿裤",
        price="99.00",
        original_price="139.00",
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={
            "适用体重": "S码4-8kg / M码6-11kg / L码9-14kg / XL码12-17kg",
            "吸收层": "高分子吸水珠",
            "芯层厚度": "约2mm",
        },
        skus=[
            sku("S", {"尺码": "S码84片"}, "99.00", 50),
            sku("M", {"尺码": "M码72片"}, "99.00", 60),
            sku("L", {"尺码": "L码60片"}, "99.00", 0),
            sku("XL", {"尺码": "XL码52片"}, "99.00", 35),
        ],
        faqs=[{"q": "夜里能用吗", "a": "可以，一片能撑一整夜（约12小时）。"}],
        shipping="顺丰包邮，当天发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-pullup",
        language="zh-CN",
        title="拉拉裤 L/XL 成长裤 学步期 超薄 婴儿",
        category="母婴/纸尿裤/拉拉裤",
        price="109.00",
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"适用体重": "L码9-14kg / XL码12-17kg"},
        skus=[
            sku("L", {"尺码": "L码44片"}, "109.00", 20),
            sku("XL", {"尺码": "XL码40片"}, "109.00", 20),
        ],
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-wipes",
        language="zh-CN",
        title="婴儿湿巾 手口专用 80抽×10包 整箱 加厚 无酒精",
        category="母婴/洗护/湿巾",
        price="49.90",
        stock=100,
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"规格": "80抽×10包", "成分": "99.9%纯水", "单片尺寸": "20×15cm"},
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-wipes-1",
        language="zh-CN",
        title="婴儿湿巾 80抽 单包 便携装 手口可用",
        category="母婴/洗护/湿巾",
        price="7.90",
        stock=300,
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"规格": "80抽×1包", "成分": "99.9%纯水"},
        shipping="满39包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-stroller",
        language="en",
        title="Lightweight Baby Stroller, One-Hand Fold, Reclining Seat, 0-36 Months",
        category="Baby/Travel/Strollers",
        price="699.00",
        original_price="899.00",
        stock=9,
        brand="LittleRoam",
        shop="LittleRoam Baby",
        attributes={
            "Weight": "6.8 kg",
            "Max load": "22 kg",
            "Folded size": "53 x 46 x 22 cm",
            "Suitable age": "0–36 months",
        },
        faqs=[
            {
                "q": "Can I take it on a plane?",
                "a": "The folded size meets most airlines' cabin rules, but please check with your airline.",
            }
        ],
        description="Seat reclines to 170° so newborns can lie flat. Canopy is UPF50+.",
        shipping="Free shipping, dispatched within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-carrier",
        language="zh-CN",
        title="婴儿背带 腰凳 四季通用 多功能 前抱式 解放双手",
        category="母婴/出行/背带腰凳",
        price="159.00",
        stock=30,
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"适用年龄": "0-36个月", "最大承重": "20kg", "面料": "纯棉"},
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-pump",
        language="zh-CN",
        title="电动吸奶器 双边 静音 按摩 孕产妇 自动挤奶器",
        category="母婴/孕产/吸奶器",
        price="299.00",
        stock=18,
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={
            "档位": "9档吸力",
            "电池容量": "2000mAh",
            "充电时间": "约2小时",
            "噪音": "≤45dB",
        },
        description="与乳房接触的部件为食品级硅胶，可拆洗。",
        shipping="顺丰包邮",
        return_policy="贴身用品拆封后不退换，质量问题1年换新",
    ),
    dict(
        id="bb-sterilizer",
        language="en",
        title="UV Baby Bottle Sterilizer and Dryer, Holds 8 Bottles",
        category="Baby/Feeding/Sterilizers",
        price="459.00",
        stock=0,
        brand="LittleRoam",
        shop="LittleRoam Baby",
        attributes={"Capacity": "8 bottles", "Sterilization": "UV-C LED", "Drying": "yes, hot air"},
        shipping="Free shipping, dispatched within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-bathtub",
        language="zh-CN",
        title="婴儿洗澡盆 可折叠 新生儿 浴盆 带温度计 可坐可躺",
        category="母婴/洗护/浴盆",
        price="89.00",
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"适用年龄": "0-6岁", "材质": "PP+TPE"},
        skus=[
            sku("pink", {"颜色": "樱花粉"}, "89.00", 20),
            sku("blue", {"颜色": "天空蓝"}, "89.00", 25),
        ],
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-teether",
        language="zh-CN",
        title="宝宝牙胶 硅胶磨牙棒 出牙期 防吃手 可水煮",
        category="母婴/喂养/牙胶",
        price="29.00",
        stock=90,
        brand="贝安",
        shop="贝安母婴旗舰店",
        creator_id="c-xiaoyu",
        attributes={"适用年龄": "3个月以上", "材质": "食品级硅胶"},
        shipping="满39包邮",
        return_policy="贴身用品拆封后不退换",
    ),
    dict(
        id="bb-sippy",
        language="en",
        title="Toddler Sippy Cup with Straw, Spill-Proof, 300ml",
        category="Baby/Feeding/Cups",
        price="49.00",
        stock=60,
        brand="LittleRoam",
        shop="LittleRoam Baby",
        attributes={
            "Capacity": "300 ml",
            "Age": "12 months+",
            "Body": "Tritan",
            "Straw": "silicone",
        },
        shipping="Free shipping, dispatched within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="bb-monitor",
        language="en",
        title="Baby Monitor with Camera, 2K, Night Vision, Cry Detection, App Control",
        category="Baby/Safety/Monitors",
        price="399.00",
        stock=14,
        brand="LittleRoam",
        shop="LittleRoam Baby",
        attributes={
            "Resolution": "2K",
            "Connection": "Wi-Fi 2.4 GHz",
            "Night vision": "yes",
            "Two-way audio": "yes",
        },
        shipping="Free shipping, dispatched within 48 hours.",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ small kitchen gadgets
    dict(
        id="kit-frother",
        language="en",
        title="Handheld Milk Frother, USB Rechargeable, 3 Speeds, Stainless Whisk",
        category="Kitchen/Small Appliances/Milk Frothers",
        price="59.00",
        stock=80,
        brand="NinaHome",
        shop="NinaHome Store",
        creator_id="c-nina",
        attributes={"Charging time": "2 hours", "Speeds": "3", "Whisk": "stainless steel"},
        shipping="Ships within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-chopper",
        language="zh-CN",
        title="电动切菜器 无线 蒜泥神器 绞肉 辅食机 小型",
        category="厨房/厨房小电/料理机",
        price="49.00",
        stock=70,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={
            "容量": "250ml",
            "刀片": "三叶不锈钢",
            "充电时间": "约2小时",
            "续航": "满电可用约40次",
        },
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-garlic",
        language="en",
        title="Garlic Press, Stainless Steel, Easy to Clean",
        category="Kitchen/Gadgets/Garlic Presses",
        price="35.00",
        stock=0,
        brand="NinaHome",
        shop="NinaHome Store",
        creator_id="c-nina",
        attributes={"Material": "304 stainless steel"},
        shipping="Ships within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-scale",
        language="zh-CN",
        title="厨房电子秤 烘焙 克秤 精准0.1g 家用小型 称重",
        category="厨房/厨房工具/厨房秤",
        price="39.00",
        stock=60,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={"称量范围": "0.1g-3kg", "精度": "0.1g", "供电": "2节7号电池（不含电池）"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-ricecooker",
        language="zh-CN",
        title="迷你电饭煲 1.2L 小型 1-2人 宿舍 家用 多功能",
        category="厨房/厨房小电/电饭煲",
        price="159.00",
        stock=25,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={"容量": "1.2L", "额定功率": "300W", "内胆": "陶瓷釉不粘涂层"},
        description="功率300W，适合宿舍。可预约12小时。",
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-eggcooker",
        language="zh-CN",
        title="煮蛋器 自动断电 家用 小型 双层蒸蛋器 早餐机",
        category="厨房/厨房小电/煮蛋器",
        price="39.00",
        stock=40,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={"容量": "双层可煮14个蛋", "额定功率": "360W"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-blender",
        language="en",
        title="Portable Blender, USB-C Rechargeable, 380ml, for Smoothies and Shakes",
        category="Kitchen/Small Appliances/Blenders",
        price="89.00",
        brand="NinaHome",
        shop="NinaHome Store",
        creator_id="c-nina",
        attributes={
            "Capacity": "380 ml",
            "Battery": "4000 mAh",
            "Blades": "6 stainless steel",
            "Runtime": "about 15 blends per charge",
        },
        skus=[
            sku("pink", {"Color": "Pink"}, "89.00", 20),
            sku("white", {"Color": "White"}, "89.00", 25),
            sku("green", {"Color": "Mint Green"}, "89.00", 0),
        ],
        faqs=[{"q": "Can it crush ice?", "a": "Small ice cubes, yes. Add liquid first."}],
        shipping="Ships within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-vacsealer",
        language="zh-CN",
        title="真空封口机 家用 小型 食品保鲜 抽真空 送10个真空袋",
        category="厨房/厨房小电/封口机",
        price="99.00",
        stock=30,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={"额定功率": "110W", "封口长度": "30cm"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-sharpener",
        language="en",
        title="3-Stage Knife Sharpener, Diamond, Ceramic and Tungsten",
        category="Kitchen/Gadgets/Knife Sharpeners",
        price="45.00",
        stock=50,
        brand="NinaHome",
        shop="NinaHome Store",
        creator_id="c-nina",
        attributes={"Stages": "3 (coarse, medium, fine)", "Base": "non-slip rubber"},
        description="Not suitable for serrated or ceramic knives.",
        shipping="Ships within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-spatula",
        language="zh-CN",
        title="硅胶锅铲套装 不粘锅专用 耐高温 厨具5件套 木柄",
        category="厨房/厨房工具/锅铲",
        price="59.00",
        stock=40,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={"材质": "食品级硅胶+榉木柄", "耐温": "230℃", "件数": "5件"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-mixer",
        language="en",
        title="Electric Hand Mixer, 5 Speeds, 300W, with Whisks and Dough Hooks",
        category="Kitchen/Small Appliances/Mixers",
        price="129.00",
        stock=20,
        brand="NinaHome",
        shop="NinaHome Store",
        creator_id="c-nina",
        attributes={
            "Power": "300 W",
            "Speeds": "5 + turbo",
            "Attachments": "2 whisks, 2 dough hooks",
        },
        shipping="Ships within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-yogurt",
        language="zh-CN",
        title="酸奶机 家用 全自动 小型 自制酸奶 米酒机",
        category="厨房/厨房小电/酸奶机",
        price="79.00",
        stock=30,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={"容量": "1L", "额定功率": "20W"},
        description="发酵时间8-10小时，内胆为304不锈钢。",
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-kettle",
        language="en",
        title="Electric Gooseneck Kettle, Temperature Control, 0.8L, for Pour-Over Coffee and Tea",
        category="Kitchen/Small Appliances/Kettles",
        price="269.00",
        stock=15,
        brand="NinaHome",
        shop="NinaHome Store",
        creator_id="c-nina",
        attributes={
            "Capacity": "0.8 L",
            "Power": "1200 W",
            "Temperature": "40–100°C adjustable",
            "Keep warm": "60 minutes",
        },
        shipping="Ships within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="kit-kettle-zh",
        language="zh-CN",
        title="电热水壶 家用 1.7L 304不锈钢 自动断电 烧水壶",
        category="厨房/厨房小电/电水壶",
        price="69.00",
        stock=50,
        brand="厨小妹",
        shop="厨小妹家居",
        attributes={"容量": "1.7L", "额定功率": "1800W", "内胆材质": "304不锈钢"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ pet supplies
    dict(
        id="pet-litter",
        language="zh-CN",
        title="🐱豆腐猫砂 原味/绿茶/水蜜桃 除臭 低尘 6L×4包 可冲厕所",
        category="宠物/猫咪用品/猫砂",
        price="69.00",
        brand="喵星球",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"规格": "6L×4包", "原料": "豌豆纤维"},
        skus=[
            sku("orig", {"味道": "原味"}, "69.00", 50),
            sku("greentea", {"味道": "绿茶味"}, "69.00", 40),
            sku("peach", {"味道": "水蜜桃味"}, "69.00", 0),
        ],
        faqs=[{"q": "能冲马桶吗", "a": "可以少量冲厕所，一次不超过一铲。"}],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-litter-bentonite",
        language="en",
        title="Clumping Bentonite Cat Litter, Unscented, 10kg Bag",
        category="Pets/Cats/Litter",
        price="49.00",
        stock=60,
        brand="PawPal",
        shop="PawPal Pet Supplies",
        attributes={"Net weight": "10 kg", "Type": "bentonite clay", "Scent": "unscented"},
        description="Do not flush: bentonite can clog pipes.",
        shipping="Free shipping on orders over 49.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-litterbox-auto",
        language="zh-CN",
        title="智能猫砂盆 全自动 电动铲屎机 封闭式 超大号 手机APP",
        category="宠物/猫咪用品/猫砂盆",
        price="1299.00",
        original_price="1699.00",
        stock=5,
        brand="喵星球",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"适用猫体重": "1.5-8kg", "容量": "65L", "额定功率": "12W"},
        shipping="顺丰包邮",
        return_policy="拆封后非质量问题不退，整机保修1年",
    ),
    dict(
        id="pet-fountain",
        language="en",
        title="Cat Water Fountain 2.5L, Ultra Quiet Pump, with 3 Filters",
        category="Pets/Cats/Water Fountains",
        price="109.00",
        stock=30,
        brand="PawPal",
        shop="PawPal Pet Supplies",
        attributes={
            "Capacity": "2.5 L",
            "Pump noise": "<30 dB",
            "Filter": "activated carbon + ion exchange resin",
            "Filter change": "every 2–4 weeks",
        },
        faqs=[
            {
                "q": "Is it safe if the water runs low?",
                "a": "Yes, the pump switches off automatically when the water is too low.",
            }
        ],
        shipping="Free shipping on orders over 49.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-filter",
        language="en",
        title="Replacement Filters for PawPal 2.5L Cat Fountain, 6-Pack",
        category="Pets/Cats/Water Fountains",
        price="39.00",
        stock=90,
        brand="PawPal",
        shop="PawPal Pet Supplies",
        attributes={"Quantity": "6 filters", "Fits": "PawPal 2.5L fountain"},
        shipping="Free shipping on orders over 49.",
        return_policy="no_return",
    ),
    dict(
        id="pet-cattree",
        language="zh-CN",
        title="猫爬架 实木 大型 猫窝一体 太空舱 剑麻柱 多猫家庭",
        category="宠物/猫咪用品/猫爬架",
        price="299.00",
        brand="喵星球",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"材质": "实木+剑麻", "适合": "1-4只猫"},
        skus=[
            sku("h120", {"高度": "120cm"}, "299.00", 10),
            sku("h160", {"高度": "160cm"}, "399.00", 6),
        ],
        description="主柱直径12cm，整体承重约25kg，胖猫也能蹦。",
        shipping="顺丰包邮，需简单组装",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-scratcher",
        language="zh-CN",
        title="猫抓板 瓦楞纸 耐磨 不掉屑 猫窝 沙发型",
        category="宠物/猫咪用品/猫抓板",
        price="29.90",
        stock=100,
        brand="喵星球",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"材质": "高密度瓦楞纸", "尺寸": "45×24×10cm"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-leash",
        language="zh-CN",
        title="狗狗牵引绳 自动伸缩 中小型犬 遛狗绳 泰迪柯基",
        category="宠物/狗狗用品/牵引绳",
        price="45.00",
        brand="汪汪队长",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"适用体重": "3米款≤15kg / 5米款≤25kg"},
        skus=[sku("m3", {"长度": "3米"}, "45.00", 40), sku("m5", {"长度": "5米"}, "55.00", 30)],
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-harness",
        language="en",
        title="No-Pull Dog Harness, Reflective, Adjustable, Sizes S to XL",
        category="Pets/Dogs/Harnesses",
        price="79.00",
        brand="PawPal",
        shop="PawPal Pet Supplies",
        attributes={
            "Chest girth": "S 35–45 cm / M 45–60 cm / L 60–75 cm / XL 75–90 cm",
            "Material": "nylon mesh",
        },
        skus=[
            sku("S", {"Size": "S"}, "79.00", 20),
            sku("M", {"Size": "M"}, "79.00", 25),
            sku("L", {"Size": "L"}, "85.00", 0),
            sku("XL", {"Size": "XL"}, "85.00", 10),
        ],
        description="Comes in one colour only: black with reflective trim. Front and back leash rings.",
        shipping="Free shipping on orders over 49.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-catfood",
        language="zh-CN",
        title="全价猫粮 成猫幼猫通用 鸡肉味 2kg 高蛋白",
        category="宠物/猫咪用品/猫粮",
        price="89.00",
        stock=70,
        brand="喵星球",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"粗蛋白": "≥36%", "净含量": "2kg", "适用阶段": "全阶段"},
        shipping="48小时内发货，包邮",
        return_policy="食品拆封后不退",
    ),
    dict(
        id="pet-dogfood",
        language="en",
        title="Grain-Free Dog Food, Salmon Recipe, Adult Small Breeds, 2kg",
        category="Pets/Dogs/Food",
        price="139.00",
        stock=40,
        brand="PawPal",
        shop="PawPal Pet Supplies",
        attributes={"Net weight": "2 kg", "Main protein": "salmon", "Life stage": "adult"},
        shipping="Free shipping on orders over 49.",
        return_policy="no_return",
    ),
    dict(
        id="pet-chew",
        language="zh-CN",
        title="狗狗磨牙棒 耐咬 洁齿 牛皮 零食 中小型犬",
        category="宠物/狗狗用品/零食",
        price="19.90",
        stock=120,
        brand="汪汪队长",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"原料": "牛皮", "数量": "10支", "适用": "中小型犬"},
        shipping="48小时内发货",
        return_policy="食品拆封后不退",
    ),
    dict(
        id="pet-roller",
        language="en",
        title="Pet Hair Remover Roller, Reusable, for Sofa, Bed and Clothes",
        category="Pets/Cleaning",
        price="29.00",
        stock=80,
        brand="PawPal",
        shop="PawPal Pet Supplies",
        attributes={"Reusable": "yes, empty the bin", "Material": "ABS"},
        shipping="Free shipping on orders over 49.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-carrier",
        language="zh-CN",
        title="猫包 外出便携 太空舱 透气 双肩背 宠物背包",
        category="宠物/出行/宠物包",
        price="129.00",
        stock=25,
        brand="喵星球",
        shop="毛毛宠物店",
        creator_id="c-maomao",
        attributes={"承重": "8kg以内", "尺寸": "32×28×42cm"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="pet-nailclip",
        language="en",
        title="Pet Nail Clipper with Safety Guard, for Cats and Dogs",
        category="Pets/Grooming",
        price="25.00",
        stock=60,
        brand="PawPal",
        shop="PawPal Pet Supplies",
        attributes={"Blade": "stainless steel", "Lock": "safety lock"},
        shipping="Free shipping on orders over 49.",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ phone accessories
    dict(
        id="ph-case16",
        language="en",
        title="iPhone 16 Clear Case, MagSafe Compatible, Anti-Yellowing, Shockproof",
        category="Phone Accessories/Cases/iPhone",
        price="49.00",
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={
            "Fits": 'iPhone 16 (6.1")',
            "Material": "TPU bumper + PC back",
            "MagSafe": "built-in magnets",
        },
        skus=[
            sku("clear", {"Color": "Clear"}, "49.00", 60),
            sku("blackframe", {"Color": "Clear with Black Frame"}, "49.00", 30),
        ],
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-case16pro",
        language="en",
        title="iPhone 16 Pro Clear Case, MagSafe Compatible, Slim",
        category="Phone Accessories/Cases/iPhone",
        price="49.00",
        stock=40,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={"Fits": 'iPhone 16 Pro (6.3")', "Material": "TPU bumper + PC back"},
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-case-mate70",
        language="zh-CN",
        title="华为Mate70手机壳 素皮 全包防摔 商务 男士",
        category="手机配件/手机壳/华为",
        price="39.00",
        stock=50,
        brand="壳小二",
        shop="壳小二数码",
        attributes={"适用机型": "华为Mate70", "材质": "素皮+TPU"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-screen",
        language="zh-CN",
        title="iPhone16钢化膜 全屏覆盖 高清 防指纹 2片装 送贴膜神器",
        category="手机配件/手机膜/苹果",
        price="19.90",
        stock=200,
        brand="壳小二",
        shop="壳小二数码",
        attributes={"适用机型": "iPhone 16（6.1英寸）", "硬度": "9H", "数量": "2片装"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-charger20",
        language="zh-CN",
        title="苹果充电器 20W PD快充头 Type-C 适用iPhone",
        category="手机配件/充电器/充电头",
        price="39.00",
        stock=100,
        brand="壳小二",
        shop="壳小二数码",
        attributes={"输出功率": "20W", "接口": "USB-C单口"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-charger65",
        language="en",
        title="65W GaN Charger, 3-Port USB-C Fast Charger, Foldable Plug",
        category="Phone Accessories/Chargers",
        price="149.00",
        original_price="199.00",
        stock=40,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={
            "Output": "65 W max",
            "Ports": "2x USB-C + 1x USB-A",
            "Compatible": "laptops, phones, tablets",
        },
        faqs=[{"q": "Does it come with a cable?", "a": "No, the cable is sold separately."}],
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-cable",
        language="en",
        title="USB-C to USB-C Cable 100W, Braided, Fast Charging",
        category="Phone Accessories/Cables",
        price="29.00",
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={"Max power": "100 W", "Jacket": "braided nylon"},
        skus=[sku("m1", {"Length": "1 m"}, "29.00", 80), sku("m2", {"Length": "2 m"}, "35.00", 0)],
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-cable-2pack",
        language="en",
        title="USB-C to Lightning Cable 2-Pack, 1m, MFi Certified",
        category="Phone Accessories/Cables",
        price="49.00",
        stock=60,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={"Length": "1 m each", "Quantity": "2 cables", "Certification": "MFi"},
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-powerbank",
        language="zh-CN",
        title="磁吸充电宝 10000mAh 超薄 无线快充 苹果专用 MagSafe 小巧便携",
        category="手机配件/移动电源/磁吸充电宝",
        price="149.00",
        original_price="199.00",
        brand="壳小二",
        shop="壳小二数码",
        creator_id="c-gadgetguy",
        attributes={
            "电池容量": "10000mAh",
            "无线输出": "15W",
            "有线输出": "20W PD",
            "重量": "约198g",
        },
        skus=[
            sku("white", {"颜色": "白色"}, "149.00", 30),
            sku("purple", {"颜色": "薰衣草紫"}, "149.00", 0),
            sku("black", {"颜色": "黑色"}, "149.00", 20),
        ],
        faqs=[{"q": "能带上飞机吗", "a": "可以，10000mAh符合民航随身携带规定，不能托运。"}],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-powerbank-20k",
        language="en",
        title="20000mAh Power Bank, 22.5W Fast Charging, LED Display, 2 USB-A + USB-C",
        category="Phone Accessories/Power Banks",
        price="99.00",
        stock=45,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={"Capacity": "20000 mAh", "Weight": "350 g", "Output": "22.5 W max"},
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-stand",
        language="zh-CN",
        title="手机支架 桌面 懒人 可折叠 追剧神器 平板通用",
        category="手机配件/手机支架/桌面支架",
        price="19.90",
        stock=150,
        brand="壳小二",
        shop="壳小二数码",
        attributes={"材质": "铝合金", "适用": "4-12.9英寸手机平板"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-tripod",
        language="en",
        title="Selfie Stick Tripod with Bluetooth Remote, Extends to 152 cm",
        category="Phone Accessories/Tripods",
        price="79.00",
        stock=40,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={
            "Max height": "152 cm",
            "Remote": "Bluetooth 5.0, CR1632 battery",
            "Folded length": "28 cm",
        },
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-ringlight",
        language="zh-CN",
        title="直播补光灯 10寸环形 带落地支架 主播美颜 自拍 网课",
        category="手机配件/直播设备/补光灯",
        price="69.00",
        stock=35,
        brand="壳小二",
        shop="壳小二数码",
        attributes={"尺寸": "10英寸", "色温": "3200K-5600K", "支架高度": "最高1.6米"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-earbuds",
        language="zh-CN",
        title="蓝牙耳机 真无线 半入耳 降噪 超长续航 运动跑步 学生党",
        category="手机配件/耳机/蓝牙耳机",
        price="159.00",
        brand="声小宝",
        shop="壳小二数码",
        attributes={"续航": "单次6小时 / 配合充电仓30小时", "蓝牙版本": "5.3", "防水": "IPX4"},
        skus=[
            sku("white", {"颜色": "白色"}, "159.00", 30),
            sku("black", {"颜色": "黑色"}, "159.00", 20),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-earbuds-en",
        language="en",
        title="Open-Ear Bone Conduction Headphones, IP67, for Running and Cycling",
        category="Phone Accessories/Headphones",
        price="399.00",
        stock=10,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={"Battery life": "8 hours", "Waterproof": "IP67", "Weight": "29 g"},
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-wireless-pad",
        language="en",
        title="15W Wireless Charging Pad, Qi2, Slim",
        category="Phone Accessories/Chargers",
        price="69.00",
        stock=0,
        brand="VoltCraft",
        shop="VoltCraft Official",
        creator_id="c-gadgetguy",
        attributes={"Output": "15 W", "Standard": "Qi2"},
        shipping="Free shipping, dispatched within 24 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="ph-lanyard",
        language="zh-CN",
        title="手机挂绳 斜挎 可调节 防丢 通用夹片 ins风",
        category="手机配件/挂绳",
        price="15.90",
        stock=100,
        brand="壳小二",
        shop="壳小二数码",
        attributes={"长度": "可调60-120cm", "材质": "尼龙编织"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ cosmetics
    dict(
        id="cos-lipstick",
        language="zh-CN",
        title="💄【美美推荐】丝绒雾面口红 显白 黄皮友好 不沾杯 秋冬",
        category="美妆/彩妆/口红",
        price="79.00",
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"净含量": "3.5g", "质地": "丝绒雾面"},
        skus=[
            sku("c01", {"色号": "#01 正红"}, "79.00", 40),
            sku("c06", {"色号": "#06 豆沙"}, "79.00", 0),
            sku("c12", {"色号": "#12 枫叶棕"}, "79.00", 30),
        ],
        shipping="48小时内发货，包邮",
        return_policy="彩妆拆封后不支持无理由退货",
    ),
    dict(
        id="cos-sunscreen",
        language="zh-CN",
        title="清爽防晒霜 SPF50+ PA++++ 军训 学生党 面部身体可用 不油腻",
        category="美妆/护肤/防晒",
        price="89.00",
        original_price="129.00",
        stock=70,
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"防晒指数": "SPF50+ PA++++", "净含量": "50ml", "适合肤质": "油皮/混油"},
        faqs=[{"q": "需要卸妆吗", "a": "用洗面奶清洁即可，不需要卸妆。"}],
        description="防水防汗，游泳后建议补涂。",
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-sunscreen-kids",
        language="en",
        title="Kids Mineral Sunscreen SPF 50, Tear-Free, 100ml",
        category="Beauty/Sun Care/Kids",
        price="99.00",
        stock=30,
        brand="SunBuddy",
        shop="SunBuddy Global",
        attributes={
            "SPF": "50",
            "Water resistant": "80 minutes",
            "Age": "6 months+",
            "Filters": "zinc oxide",
        },
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-aftersun",
        language="zh-CN",
        title="晒后修复凝胶 芦荟胶 舒缓 补水 晒伤急救",
        category="美妆/护肤/晒后修复",
        price="39.00",
        stock=60,
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"净含量": "300g", "主要成分": "芦荟提取物"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-foundation",
        language="en",
        title="Long-Wear Liquid Foundation, Matte Finish, Full Coverage, 30ml",
        category="Beauty/Makeup/Foundation",
        price="159.00",
        brand="Velvet Lab",
        shop="Velvet Lab Beauty",
        attributes={"Coverage": "full", "Finish": "matte", "SPF": "15", "Volume": "30 ml"},
        skus=[
            sku("ivory", {"Shade": "Ivory"}, "159.00", 20),
            sku("natural", {"Shade": "Natural"}, "159.00", 25),
            sku("sand", {"Shade": "Sand"}, "159.00", 0),
        ],
        shipping="Ships within 48 hours.",
        return_policy="Opened makeup cannot be returned.",
    ),
    dict(
        id="cos-remover",
        language="zh-CN",
        title="卸妆水 眼唇可用 温和不刺激 500ml 大瓶 敏感肌",
        category="美妆/护肤/卸妆",
        price="59.00",
        stock=80,
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"净含量": "500ml", "适合肤质": "敏感肌"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-mask",
        language="zh-CN",
        title="玻尿酸补水面膜 25片 熬夜急救 保湿",
        category="美妆/护肤/面膜",
        price="69.00",
        stock=100,
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"数量": "25片", "主要成分": "玻尿酸"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-brow",
        language="zh-CN",
        title="眉笔 防水防汗 不脱色 极细 新手 自然",
        category="美妆/彩妆/眉笔",
        price="29.90",
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"笔芯直径": "1.5mm"},
        skus=[
            sku("greybrown", {"颜色": "灰棕"}, "29.90", 40),
            sku("darkbrown", {"颜色": "深棕"}, "29.90", 40),
            sku("black", {"颜色": "黑色"}, "29.90", 0),
        ],
        shipping="48小时内发货",
        return_policy="彩妆拆封后不支持无理由退货",
    ),
    dict(
        id="cos-brushes",
        language="en",
        title="Makeup Brush Set, 12 Pieces, Synthetic Bristles, with Travel Case",
        category="Beauty/Tools/Brushes",
        price="69.00",
        stock=35,
        brand="Velvet Lab",
        shop="Velvet Lab Beauty",
        attributes={"Pieces": "12", "Bristles": "synthetic", "Handle": "wood"},
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-setting",
        language="en",
        title="Makeup Setting Spray, Oil Control, 16-Hour Wear, 100ml",
        category="Beauty/Makeup/Setting Spray",
        price="89.00",
        stock=40,
        brand="Velvet Lab",
        shop="Velvet Lab Beauty",
        attributes={"Volume": "100 ml", "Wear": "up to 16 hours"},
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-menwash",
        language="zh-CN",
        title="男士洗面奶 控油 祛痘 氨基酸 温和清洁 120g",
        category="美妆/男士护肤/洁面",
        price="49.00",
        stock=60,
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"净含量": "120g", "适合肤质": "油性肌肤"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-handcream",
        language="zh-CN",
        title="护手霜 小支便携 滋润不油 5支礼盒装 送女友",
        category="美妆/身体护理/护手霜",
        price="39.00",
        stock=70,
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"规格": "30g×5支", "香型": "樱花/白桃/小苍兰/栀子/白茶"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="cos-perfume",
        language="en",
        status="off_shelf",
        title="Eau de Parfum for Women, Floral, 50ml",
        category="Beauty/Fragrance/Women",
        price="299.00",
        stock=20,
        brand="Velvet Lab",
        shop="Velvet Lab Beauty",
        attributes={"Volume": "50 ml", "Notes": "peony, rose, musk"},
        shipping="Ships within 48 hours.",
        return_policy="no_return",
    ),
    dict(
        id="cos-lipbalm",
        language="zh-CN",
        title="润唇膏 无色 保湿 防干裂 男女可用",
        category="美妆/护肤/唇部护理",
        price="19.90",
        stock=150,
        brand="颜究所",
        shop="颜究所官方店",
        creator_id="c-meimei",
        attributes={"净含量": "4g"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ clothing & shoes
    dict(
        id="clo-run-m",
        language="zh-CN",
        title="男士跑步鞋 轻便透气 减震 运动鞋 夏季网面 慢跑",
        category="服饰鞋包/运动鞋/跑步鞋",
        price="259.00",
        original_price="359.00",
        brand="步云",
        shop="步云运动旗舰店",
        attributes={"鞋面材质": "飞织网布", "鞋底材质": "EVA+橡胶", "颜色": "黑白"},
        skus=[
            sku("s40", {"尺码": "40"}, "259.00", 10),
            sku("s41", {"尺码": "41"}, "259.00", 0),
            sku("s42", {"尺码": "42"}, "259.00", 15),
            sku("s43", {"尺码": "43"}, "259.00", 8),
            sku("s44", {"尺码": "44"}, "259.00", 0),
        ],
        faqs=[{"q": "偏码吗", "a": "标准码，脚宽的建议拍大半码。"}],
        shipping="48小时内发货，包邮，支持运费险",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-run-w",
        language="zh-CN",
        title="女士跑步鞋 轻盈软底 网面透气 健身运动鞋 夏",
        category="服饰鞋包/运动鞋/跑步鞋",
        price="239.00",
        brand="步云",
        shop="步云运动旗舰店",
        attributes={"鞋面材质": "网布", "颜色": "浅粉"},
        skus=[
            sku("s36", {"尺码": "36"}, "239.00", 12),
            sku("s37", {"尺码": "37"}, "239.00", 20),
            sku("s38", {"尺码": "38"}, "239.00", 0),
            sku("s39", {"尺码": "39"}, "239.00", 9),
        ],
        shipping="48小时内发货，包邮，支持运费险",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-run-kids",
        language="en",
        title="Kids Running Shoes, Lightweight, Hook and Loop, Breathable",
        category="Clothing & Shoes/Kids/Shoes",
        price="149.00",
        brand="StrideKid",
        shop="StrideKid Store",
        attributes={"Upper": "mesh", "Closure": "hook and loop", "Sole": "rubber"},
        skus=[
            sku("eu28", {"Size": "EU 28"}, "149.00", 10),
            sku("eu30", {"Size": "EU 30"}, "149.00", 10),
            sku("eu32", {"Size": "EU 32"}, "149.00", 0),
            sku("eu34", {"Size": "EU 34"}, "149.00", 10),
        ],
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-hike",
        language="en",
        title="Men's Waterproof Hiking Boots, Mid Cut, Vibram Sole",
        category="Clothing & Shoes/Men/Hiking Boots",
        price="599.00",
        original_price="799.00",
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={"Upper": "suede + mesh", "Sole": "Vibram rubber", "Waterproof membrane": "yes"},
        skus=[
            sku("s41", {"Size": "EU 41"}, "599.00", 5),
            sku("s42", {"Size": "EU 42"}, "599.00", 5),
            sku("s43", {"Size": "EU 43"}, "599.00", 0),
            sku("s44", {"Size": "EU 44"}, "599.00", 3),
        ],
        description="Each pair weighs about 1.3 kg. Runs true to size.",
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-sunshirt",
        language="zh-CN",
        title="防晒衣女 UPF50+ 冰丝 夏季薄款 防紫外线 外套 户外",
        category="服饰鞋包/女装/防晒衣",
        price="99.00",
        brand="凉感",
        shop="凉感服饰",
        attributes={"防晒指数": "UPF50+", "面料": "锦纶85%+氨纶15%"},
        skus=[
            sku("whiteM", {"颜色": "白色", "尺码": "M"}, "99.00", 20),
            sku("whiteL", {"颜色": "白色", "尺码": "L"}, "99.00", 0),
            sku("blueM", {"颜色": "雾蓝", "尺码": "M"}, "99.00", 15),
            sku("blueL", {"颜色": "雾蓝", "尺码": "L"}, "99.00", 10),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-sunshirt-men",
        language="zh-CN",
        title="男士防晒衣 UPF50+ 钓鱼 皮肤衣 轻薄透气 户外",
        category="服饰鞋包/男装/防晒衣",
        price="109.00",
        brand="凉感",
        shop="凉感服饰",
        creator_id="c-laok",
        attributes={"防晒指数": "UPF50+", "面料": "锦纶"},
        skus=[sku("L", {"尺码": "L"}, "109.00", 20), sku("XL", {"尺码": "XL"}, "109.00", 20)],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-rain",
        language="en",
        title="Lightweight Rain Jacket, Packable, Waterproof 10000mm, Unisex",
        category="Clothing & Shoes/Outerwear/Rain Jackets",
        price="239.00",
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={"Waterproof rating": "10000 mm", "Packs into": "its own pocket"},
        skus=[
            sku("S", {"Size": "S"}, "239.00", 5),
            sku("M", {"Size": "M"}, "239.00", 10),
            sku("L", {"Size": "L"}, "239.00", 10),
            sku("XL", {"Size": "XL"}, "239.00", 0),
        ],
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-down",
        language="zh-CN",
        title="轻薄羽绒服 男女同款 90白鸭绒 可收纳 秋冬",
        category="服饰鞋包/外套/羽绒服",
        price="299.00",
        stock=0,
        brand="凉感",
        shop="凉感服饰",
        attributes={"填充物": "90%白鸭绒", "充绒量": "约100g"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-socks",
        language="zh-CN",
        title="袜子男 中筒 纯棉 吸汗防臭 5双装 运动袜",
        category="服饰鞋包/内衣袜子/袜子",
        price="29.90",
        stock=200,
        brand="步云",
        shop="步云运动旗舰店",
        attributes={"材质": "棉80%", "数量": "5双"},
        shipping="48小时内发货",
        return_policy="贴身衣物拆封后不退换",
    ),
    dict(
        id="clo-tshirt",
        language="en",
        title="Men's Quick-Dry T-Shirt, Moisture Wicking, Athletic Fit",
        category="Clothing & Shoes/Men/T-Shirts",
        price="59.00",
        brand="StrideKid",
        shop="StrideKid Store",
        attributes={"Fabric": "100% polyester", "Fit": "athletic"},
        skus=[
            sku("navyM", {"Color": "Navy", "Size": "M"}, "59.00", 10),
            sku("navyL", {"Color": "Navy", "Size": "L"}, "59.00", 10),
            sku("greyM", {"Color": "Grey", "Size": "M"}, "59.00", 0),
            sku("greyL", {"Color": "Grey", "Size": "L"}, "59.00", 10),
        ],
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-yoga",
        language="zh-CN",
        title="瑜伽裤女 高腰提臀 裸感 紧身 健身裤 外穿",
        category="服饰鞋包/运动服/瑜伽裤",
        price="79.00",
        brand="凉感",
        shop="凉感服饰",
        attributes={"面料": "锦纶75%+氨纶25%", "腰型": "高腰"},
        skus=[
            sku("S", {"尺码": "S"}, "79.00", 20),
            sku("M", {"尺码": "M"}, "79.00", 30),
            sku("L", {"尺码": "L"}, "79.00", 0),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-cap",
        language="en",
        title="Baseball Cap, UV Protection, Quick Dry, Adjustable",
        category="Clothing & Shoes/Accessories/Hats",
        price="49.00",
        stock=60,
        brand="TrailNest",
        shop="TrailNest Global Store",
        attributes={"UPF": "50+", "Head size": "55–60 cm adjustable"},
        shipping="Ships from our Shenzhen warehouse within 48 hours, free shipping.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-slippers",
        language="zh-CN",
        title="拖鞋 男女 夏季 浴室防滑 踩屎感 厚底 家居",
        category="服饰鞋包/鞋/拖鞋",
        price="19.90",
        brand="步云",
        shop="步云运动旗舰店",
        attributes={"材质": "EVA", "鞋底厚度": "4cm"},
        skus=[
            sku("s3637", {"尺码": "36-37"}, "19.90", 50),
            sku("s3839", {"尺码": "38-39"}, "19.90", 50),
            sku("s4041", {"尺码": "40-41"}, "19.90", 0),
            sku("s4243", {"尺码": "42-43"}, "19.90", 50),
        ],
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="clo-kids-sun",
        language="zh-CN",
        title="儿童防晒衣 UPF50+ 男童女童 夏季薄款 冰丝 带帽",
        category="服饰鞋包/童装/防晒衣",
        price="69.00",
        stock=30,
        brand="凉感",
        shop="凉感服饰",
        creator_id="c-xiaoyu",
        attributes={"防晒指数": "UPF50+", "适用身高": "90-160cm"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    # ------------------------------------------------------------------ health devices
    dict(
        id="hlt-bp",
        language="zh-CN",
        title="电子血压计 上臂式 家用 语音播报 老人 高精准 送爸妈",
        category="健康/医疗器械/血压计",
        price="169.00",
        original_price="239.00",
        stock=30,
        brand="康乐",
        shop="康乐健康旗舰店",
        creator_id="c-wangjie",
        attributes={"测量方式": "上臂式", "记忆组数": "2×99组", "供电": "4节5号电池或Type-C供电"},
        faqs=[{"q": "准不准", "a": "有医疗器械注册证，压力误差±3mmHg。"}],
        description="袖带适合臂围22-42cm，胳膊粗的也能用。",
        shipping="顺丰包邮，48小时内发货",
        return_policy="医疗器械拆封后不支持无理由退货",
    ),
    dict(
        id="hlt-bp-wrist",
        language="en",
        title="Wrist Blood Pressure Monitor, Large LCD, 2 Users",
        category="Health/Monitors/Blood Pressure",
        price="129.00",
        stock=0,
        brand="CareWell",
        shop="CareWell Health",
        attributes={"Type": "wrist", "Memory": "2 x 60 readings", "Power": "2 AAA batteries"},
        shipping="Ships within 48 hours.",
        return_policy="no_return",
    ),
    dict(
        id="hlt-thermo",
        language="zh-CN",
        title="额温枪 电子体温计 婴儿 家用 红外 一秒测温",
        category="健康/医疗器械/体温计",
        price="59.00",
        stock=50,
        brand="康乐",
        shop="康乐健康旗舰店",
        creator_id="c-wangjie",
        attributes={"测量时间": "1秒", "测量方式": "额温/耳温"},
        shipping="顺丰包邮",
        return_policy="医疗器械拆封后不支持无理由退货",
    ),
    dict(
        id="hlt-oximeter",
        language="en",
        title="Fingertip Pulse Oximeter, SpO2 and Pulse Rate, OLED Display",
        category="Health/Monitors/Oximeters",
        price="89.00",
        stock=40,
        brand="CareWell",
        shop="CareWell Health",
        attributes={"Measures": "SpO2, pulse rate", "Power": "2 AAA batteries (included)"},
        shipping="Ships within 48 hours.",
        return_policy="no_return",
    ),
    dict(
        id="hlt-massgun",
        language="zh-CN",
        title="筋膜枪 肌肉放松 按摩枪 专业级 迷你便携 健身",
        category="健康/按摩器材/筋膜枪",
        price="199.00",
        brand="康乐",
        shop="康乐健康旗舰店",
        creator_id="c-wangjie",
        attributes={
            "档位": "迷你款6档 / 专业款30档",
            "充电时间": "约2.5小时",
            "重量": "迷你款约400g",
        },
        skus=[
            sku("mini", {"款式": "迷你款"}, "199.00", 30),
            sku("pro", {"款式": "专业款"}, "299.00", 10),
        ],
        description="附赠4个按摩头。",
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="hlt-neck",
        language="zh-CN",
        title="颈椎按摩仪 脉冲 热敷 肩颈按摩器 送爸妈 送老师",
        category="健康/按摩器材/颈椎按摩仪",
        price="129.00",
        original_price="199.00",
        stock=40,
        brand="康乐",
        shop="康乐健康旗舰店",
        creator_id="c-wangjie",
        attributes={"档位": "15档", "热敷温度": "38-42℃", "续航": "约5天（每天15分钟）"},
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="hlt-toothbrush",
        language="en",
        title="SonicPro Electric Toothbrush, 5 Modes, 2 Brush Heads, 60-Day Battery",
        category="Health/Oral Care/Electric Toothbrushes",
        price="169.00",
        brand="SonicPro",
        shop="SonicPro Official",
        attributes={
            "Battery": "up to 60 days per charge (2 min, twice a day)",
            "Waterproof": "IPX7",
            "Charging": "USB-C, 4 hours",
        },
        skus=[
            sku("white", {"Color": "White"}, "169.00", 25),
            sku("black", {"Color": "Black"}, "169.00", 25),
        ],
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="hlt-brushheads",
        language="zh-CN",
        title="电动牙刷头 替换 4支装 软毛 SonicPro通用",
        category="健康/口腔护理/牙刷头",
        price="39.00",
        stock=100,
        brand="SonicPro",
        shop="SonicPro Official",
        attributes={"数量": "4支", "适用型号": "SonicPro全系列", "刷毛": "杜邦软毛"},
        shipping="48小时内发货",
        return_policy="贴身用品拆封后不退换",
    ),
    dict(
        id="hlt-fatscale",
        language="zh-CN",
        title="体脂秤 智能 家用 精准 蓝牙连APP 称重 减肥",
        category="健康/健康监测/体脂秤",
        price="79.00",
        stock=60,
        brand="康乐",
        shop="康乐健康旗舰店",
        creator_id="c-wangjie",
        attributes={"称量范围": "0.1-180kg", "测量指标": "13项"},
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="hlt-heatpad",
        language="en",
        title="Electric Heating Pad for Back and Cramps, 6 Heat Levels, Auto Shut-Off",
        category="Health/Pain Relief/Heating Pads",
        price="119.00",
        stock=20,
        brand="CareWell",
        shop="CareWell Health",
        attributes={"Size": "60 x 30 cm", "Heat levels": "6", "Auto shut-off": "after 2 hours"},
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="hlt-footmass",
        language="zh-CN",
        title="足疗机 足底按摩器 脚底 加热 揉捏 送长辈",
        category="健康/按摩器材/足疗机",
        price="399.00",
        stock=8,
        brand="康乐",
        shop="康乐健康旗舰店",
        creator_id="c-wangjie",
        attributes={"功能": "揉捏+气压+加热", "额定功率": "60W"},
        shipping="顺丰包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="hlt-nebulizer",
        language="zh-CN",
        status="off_shelf",
        title="家用雾化器 儿童成人 静音 便携 医用",
        category="健康/医疗器械/雾化器",
        price="259.00",
        stock=15,
        brand="康乐",
        shop="康乐健康旗舰店",
        creator_id="c-wangjie",
        attributes={"噪音": "≤50dB"},
        shipping="顺丰包邮",
        return_policy="医疗器械拆封后不支持无理由退货",
    ),
    # ------------------------------------------------------------------ toys
    dict(
        id="toy-blocks",
        language="zh-CN",
        title="积木 拼装 城市消防局 小颗粒 益智玩具 6岁以上 男孩",
        category="玩具/积木/小颗粒积木",
        price="129.00",
        stock=30,
        brand="趣拼",
        shop="趣拼玩具",
        attributes={"颗粒数": "1024颗", "适用年龄": "6岁以上"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-blocks-big",
        language="zh-CN",
        title="大颗粒积木 幼儿 1-3岁 益智早教 送收纳桶",
        category="玩具/积木/大颗粒积木",
        price="79.00",
        stock=40,
        brand="趣拼",
        shop="趣拼玩具",
        creator_id="c-xiaoyu",
        attributes={"颗粒数": "120颗", "适用年龄": "1-3岁", "材质": "ABS"},
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-rccar",
        language="en",
        title="RC Stunt Car, 2.4GHz, 360° Rotation, Rechargeable, Two Batteries",
        category="Toys/Remote Control/Cars",
        price="139.00",
        stock=25,
        brand="FunRush",
        shop="FunRush Toys",
        attributes={
            "Battery": "2 x 500 mAh",
            "Run time": "about 40 minutes (both batteries)",
            "Age": "6+",
        },
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-puzzle",
        language="en",
        title="1000 Piece Jigsaw Puzzle for Adults, Starry Night",
        category="Toys/Puzzles",
        price="59.00",
        stock=30,
        brand="FunRush",
        shop="FunRush Toys",
        attributes={"Pieces": "1000", "Finished size": "70 x 50 cm"},
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-plush",
        language="zh-CN",
        title="卡皮巴拉毛绒玩具 水豚玩偶 抱枕 大号 送女友 生日礼物",
        category="玩具/毛绒玩具",
        price="59.00",
        brand="趣拼",
        shop="趣拼玩具",
        attributes={"填充物": "PP棉", "面料": "短毛绒"},
        skus=[
            sku("cm40", {"尺寸": "40cm"}, "59.00", 40),
            sku("cm60", {"尺寸": "60cm"}, "89.00", 0),
            sku("cm80", {"尺寸": "80cm"}, "129.00", 15),
        ],
        shipping="48小时内发货，包邮",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-drawboard",
        language="zh-CN",
        title="儿童液晶手写板 画板 一键清除 8.5寸 涂鸦板",
        category="玩具/益智玩具/画板",
        price="25.00",
        stock=80,
        brand="趣拼",
        shop="趣拼玩具",
        attributes={"尺寸": "8.5英寸", "电池": "CR2025纽扣电池（可更换）"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-scooter",
        language="en",
        title="Kids Kick Scooter, 3 Wheels, Light-Up Wheels, Adjustable Height",
        category="Toys/Ride-On/Scooters",
        price="199.00",
        stock=15,
        brand="FunRush",
        shop="FunRush Toys",
        attributes={
            "Max load": "50 kg",
            "Age": "3–8 years",
            "Handlebar height": "4 levels, 62–82 cm",
        },
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-watergun",
        language="zh-CN",
        title="电动水枪 儿童 连发 大容量 夏天戏水玩具",
        category="玩具/户外玩具/水枪",
        price="69.00",
        stock=40,
        brand="趣拼",
        shop="趣拼玩具",
        attributes={"水箱容量": "450ml", "射程": "约8米", "充电时间": "约2小时"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-magtiles",
        language="en",
        title="Magnetic Tiles 100 pcs, STEM Building Set for Kids",
        category="Toys/Building/Magnetic Tiles",
        price="199.00",
        stock=12,
        brand="FunRush",
        shop="FunRush Toys",
        attributes={"Pieces": "100", "Age": "3+"},
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-boardgame",
        language="zh-CN",
        title="狼人杀桌游卡牌 聚会游戏 多人 成人 朋友聚会",
        category="玩具/桌游",
        price="29.90",
        stock=50,
        brand="趣拼",
        shop="趣拼玩具",
        attributes={"适用人数": "6-18人", "卡牌数": "54张"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-kite",
        language="zh-CN",
        title="风筝 儿童 大人 微风易飞 卡通老鹰 送线轮",
        category="玩具/户外玩具/风筝",
        price="39.00",
        stock=30,
        brand="趣拼",
        shop="趣拼玩具",
        attributes={"翼展": "1.6米", "线长": "100米"},
        shipping="48小时内发货",
        return_policy="7day_no_reason",
    ),
    dict(
        id="toy-bubble",
        language="en",
        title="Automatic Bubble Machine for Kids, 2 Speeds, Plug-In or Battery",
        category="Toys/Outdoor/Bubble Machines",
        price="89.00",
        stock=25,
        brand="FunRush",
        shop="FunRush Toys",
        attributes={"Power": "4 AA batteries or USB", "Bubble solution": "2 bottles included"},
        shipping="Ships within 48 hours.",
        return_policy="7day_no_reason",
    ),
]

LIVE_ROOMS = [
    dict(
        id="room-laok-618",
        creator_id="c-laok",
        title="618户外装备狂欢夜 露营全套一站购齐",
        starts_at="2026-06-18T19:00:00+08:00",
        ends_at="2026-06-18T23:00:00+08:00",
        product_ids=[
            "out-chair-01",
            "out-chair-kids",
            "out-table-01",
            "out-tent-auto",
            "out-sleepbag-adult",
            "out-sleepbag-kids",
            "out-lantern-01",
            "out-headlamp",
            "out-pole-single",
            "out-stove",
            "out-gas",
            "out-hammock",
            "clo-sunshirt-men",
        ],
    ),
    dict(
        id="room-xiaoyu-618",
        creator_id="c-xiaoyu",
        title="宝妈囤货节 纸尿裤湿巾秒杀 618专场",
        starts_at="2026-06-18T19:30:00+08:00",
        ends_at="2026-06-18T22:30:00+08:00",
        product_ids=[
            "bb-diaper",
            "bb-pullup",
            "bb-wipes",
            "bb-wipes-1",
            "bb-bottle",
            "bb-nipple",
            "bb-carrier",
            "bb-pump",
            "bb-bathtub",
            "bb-teether",
            "car-seat-kids",
            "hlt-thermo",
            "clo-kids-sun",
            "toy-blocks-big",
        ],
    ),
    dict(
        id="room-gadget-night",
        creator_id="c-gadgetguy",
        title="618 Tech Deals Live: chargers, cases & power banks",
        starts_at="2026-06-18T18:00:00+08:00",
        ends_at="2026-06-18T21:00:00+08:00",
        product_ids=[
            "ph-charger65",
            "ph-case16",
            "ph-case16pro",
            "ph-cable",
            "ph-cable-2pack",
            "ph-powerbank",
            "ph-powerbank-20k",
            "ph-tripod",
            "ph-wireless-pad",
            "ph-earbuds-en",
            "car-holder-magsafe",
            "sta-desklamp",
        ],
    ),
    dict(
        id="room-aqiang-car",
        creator_id="c-aqiang",
        title="车品专场 老司机阿强带你选 618到手价",
        starts_at="2026-06-18T19:45:00+08:00",
        ends_at="2026-06-18T23:00:00+08:00",
        product_ids=[
            "car-dashcam",
            "car-holder",
            "car-vacuum",
            "car-inflator",
            "car-cushion",
            "car-fresh",
            "car-jump",
            "car-charger",
            "car-sunshade",
            "car-trunk",
            "cof-mug",
        ],
    ),
    dict(
        id="room-chashu-tea",
        creator_id="c-chashu",
        title="茶叔618品茶夜 明前龙井限量秒",
        starts_at="2026-06-18T20:30:00+08:00",
        ends_at="2026-06-18T22:30:00+08:00",
        product_ids=[
            "tea-longjing",
            "tea-puer",
            "tea-tieguanyin",
            "tea-jasmine",
            "tea-set",
            "cof-beans",
            "cof-drip",
            "cof-kettle",
        ],
    ),
    dict(
        id="room-maomao-pets",
        creator_id="c-maomao",
        title="毛孩子618返场 猫砂猫粮囤货",
        starts_at="2026-06-19T20:00:00+08:00",
        ends_at="2026-06-19T22:00:00+08:00",
        product_ids=[
            "pet-litter",
            "pet-litterbox-auto",
            "pet-cattree",
            "pet-scratcher",
            "pet-leash",
            "pet-catfood",
            "pet-chew",
            "pet-carrier",
        ],
    ),
    dict(
        id="room-meimei-beauty",
        creator_id="c-meimei",
        title="美美618下午场 彩妆护肤福利",
        starts_at="2026-06-18T14:00:00+08:00",
        ends_at="2026-06-18T17:00:00+08:00",
        product_ids=[
            "cos-lipstick",
            "cos-sunscreen",
            "cos-aftersun",
            "cos-remover",
            "cos-mask",
            "cos-brow",
            "cos-menwash",
            "cos-handcream",
            "cos-lipbalm",
        ],
    ),
    dict(
        id="room-yuewen-music",
        creator_id="c-yuewen",
        title="尤克里里入门专场 零基础也能弹",
        starts_at="2026-06-17T20:00:00+08:00",
        ends_at="2026-06-17T22:00:00+08:00",
        product_ids=[
            "mus-uke23",
            "mus-uke-kids",
            "mus-ukestrings",
            "mus-capo",
            "mus-harmonica",
            "mus-piano",
        ],
    ),
]

VIDEOS = [
    dict(
        id="v-laok-chair",
        creator_id="c-laok",
        title="1.1kg的月亮椅能扛150kg？老K实测",
        published_at="2026-06-10T18:00:00+08:00",
        product_ids=["out-chair-01", "out-chair-kids"],
        tags=["实测", "露营"],
    ),
    dict(
        id="v-laok-night",
        creator_id="c-laok",
        title="露营夜里怎么照明？三种灯对比",
        published_at="2026-06-12T19:00:00+08:00",
        product_ids=["out-lantern-01", "out-headlamp"],
        tags=["露营"],
    ),
    dict(
        id="v-xiaoyu-diaper",
        creator_id="c-xiaoyu",
        title="纸尿裤怎么选码？两个娃的经验",
        published_at="2026-06-08T12:00:00+08:00",
        product_ids=["bb-diaper", "bb-pullup"],
        tags=["育儿"],
    ),
    dict(
        id="v-gadget-charger",
        creator_id="c-gadgetguy",
        title="One charger for everything? 65W GaN review",
        published_at="2026-06-05T20:00:00+08:00",
        product_ids=["ph-charger65", "ph-cable"],
        tags=["review"],
    ),
    dict(
        id="v-chashu-longjing",
        creator_id="c-chashu",
        title="明前龙井怎么泡才不苦",
        published_at="2026-06-01T09:00:00+08:00",
        product_ids=["tea-longjing", "tea-set"],
        tags=["泡茶"],
    ),
    dict(
        id="v-aqiang-dashcam",
        creator_id="c-aqiang",
        title="行车记录仪夜视实拍对比 别再买错了",
        published_at="2026-06-14T21:00:00+08:00",
        product_ids=["car-dashcam", "car-dashcam-mini"],
        tags=["实测"],
    ),
    dict(
        id="v-maomao-fountain",
        creator_id="c-maomao",
        title="猫咪不爱喝水？试试这个",
        published_at="2026-06-11T17:00:00+08:00",
        product_ids=["pet-fountain", "pet-filter"],
        tags=["养猫"],
    ),
    dict(
        id="v-meimei-sunscreen",
        creator_id="c-meimei",
        title="军训防晒不踩雷 学生党看过来",
        published_at="2026-06-15T12:00:00+08:00",
        product_ids=["cos-sunscreen", "cos-sunscreen-kids"],
        tags=["防晒"],
    ),
    dict(
        id="v-yuewen-uke",
        creator_id="c-yuewen",
        title="三天学会尤克里里 第一课",
        published_at="2026-06-02T20:00:00+08:00",
        product_ids=["mus-uke23", "mus-tuner"],
        tags=["教学"],
    ),
    dict(
        id="v-nina-latte",
        creator_id="c-nina",
        title="Cafe latte at home in 2 minutes",
        published_at="2026-06-09T08:00:00+08:00",
        product_ids=["kit-frother", "cof-frenchpress"],
        tags=["coffee"],
    ),
    dict(
        id="v-xiaolin-pens",
        creator_id="c-xiaolin",
        title="考研党文具清单 一学期只用这些",
        published_at="2026-06-06T15:00:00+08:00",
        product_ids=["sta-gelpen", "sta-notebook", "sta-highlighter"],
        tags=["学习"],
    ),
]

FLASH_SALES = [
    # running at the anchor
    dict(
        id="fs-chair-618",
        product_id="out-chair-01",
        live_room_id="room-laok-618",
        price="89.00",
        quantity=300,
        per_user_limit=2,
        starts_at="2026-06-18T19:30:00+08:00",
        ends_at="2026-06-18T21:00:00+08:00",
    ),
    dict(
        id="fs-diaper-618",
        product_id="bb-diaper",
        live_room_id="room-xiaoyu-618",
        price="79.00",
        quantity=500,
        per_user_limit=2,
        starts_at="2026-06-18T19:30:00+08:00",
        ends_at="2026-06-18T22:30:00+08:00",
    ),
    dict(
        id="fs-charger65",
        product_id="ph-charger65",
        live_room_id="room-gadget-night",
        price="119.00",
        quantity=150,
        per_user_limit=2,
        starts_at="2026-06-18T18:00:00+08:00",
        ends_at="2026-06-18T21:00:00+08:00",
    ),
    dict(
        id="fs-pb-white",
        product_id="ph-powerbank",
        sku_id="white",
        live_room_id="room-gadget-night",
        price="119.00",
        quantity=80,
        per_user_limit=1,
        starts_at="2026-06-18T19:00:00+08:00",
        ends_at="2026-06-18T21:00:00+08:00",
    ),
    dict(
        id="fs-case16-clear",
        product_id="ph-case16",
        sku_id="clear",
        live_room_id="room-gadget-night",
        price="35.00",
        quantity=200,
        starts_at="2026-06-18T19:00:00+08:00",
        ends_at="2026-06-18T21:00:00+08:00",
    ),
    dict(
        id="fs-dashcam",
        product_id="car-dashcam",
        live_room_id="room-aqiang-car",
        price="329.00",
        quantity=100,
        per_user_limit=1,
        starts_at="2026-06-18T19:50:00+08:00",
        ends_at="2026-06-18T21:00:00+08:00",
    ),
    dict(
        id="fs-neck-day",
        product_id="hlt-neck",
        price="99.00",
        quantity=1000,
        per_user_limit=3,
        starts_at="2026-06-18T00:00:00+08:00",
        ends_at="2026-06-18T23:59:00+08:00",
    ),
    # upcoming within the hour
    dict(
        id="fs-longjing",
        product_id="tea-longjing",
        live_room_id="room-chashu-tea",
        price="298.00",
        quantity=50,
        per_user_limit=1,
        starts_at="2026-06-18T20:30:00+08:00",
        ends_at="2026-06-18T21:00:00+08:00",
    ),
    dict(
        id="fs-mug-black",
        product_id="cof-mug",
        sku_id="black",
        price="59.00",
        quantity=100,
        starts_at="2026-06-18T20:40:00+08:00",
        ends_at="2026-06-18T21:40:00+08:00",
    ),
    dict(
        id="fs-beans",
        product_id="cof-beans",
        price="59.00",
        quantity=200,
        per_user_limit=2,
        starts_at="2026-06-18T20:15:00+08:00",
        ends_at="2026-06-18T20:45:00+08:00",
    ),
    # upcoming tomorrow
    dict(
        id="fs-litter",
        product_id="pet-litter",
        live_room_id="room-maomao-pets",
        price="55.00",
        quantity=300,
        per_user_limit=3,
        starts_at="2026-06-19T20:00:00+08:00",
        ends_at="2026-06-19T20:30:00+08:00",
    ),
    # ended
    dict(
        id="fs-lip",
        product_id="cos-lipstick",
        live_room_id="room-meimei-beauty",
        price="59.00",
        quantity=200,
        per_user_limit=2,
        starts_at="2026-06-18T14:30:00+08:00",
        ends_at="2026-06-18T16:30:00+08:00",
    ),
    dict(
        id="fs-sunscreen",
        product_id="cos-sunscreen",
        price="69.00",
        quantity=300,
        starts_at="2026-06-18T10:00:00+08:00",
        ends_at="2026-06-18T12:00:00+08:00",
    ),
    dict(
        id="fs-uke23",
        product_id="mus-uke23",
        sku_id="s23",
        live_room_id="room-yuewen-music",
        price="249.00",
        quantity=30,
        per_user_limit=1,
        starts_at="2026-06-17T20:30:00+08:00",
        ends_at="2026-06-17T21:00:00+08:00",
    ),
]


# =================================================================================== queries, judgments, Q&A

Q = []


def q(text, tags, judged):
    Q.append((text, tags, judged))


# ---------------------------------------------------------------- colloquial
q(
    "露营的时候坐的那种 能折起来的",
    ["zh", "colloquial"],
    "out-chair-01:3 out-chair-en:3 out-chair-kids:1 out-table-01:0 out-hammock:0 sta-chair:0",
)
q(
    "something to keep my coffee hot on the drive to work",
    ["en", "colloquial"],
    "cof-mug:3 out-bottle:2 kit-kettle:0 car-charger:0 car-holder:0 cof-instant-en:0",
)
q(
    "宝宝晚上老是尿湿 想囤点",
    ["zh", "colloquial"],
    "bb-diaper:3 bb-pullup:2 bb-wipes:1 bb-wipes-1:1 bb-bathtub:0",
)
q(
    "给爸妈在家量血压用",
    ["zh", "colloquial"],
    "hlt-bp:3 hlt-bp-wrist:1 hlt-oximeter:0 hlt-thermo:0 hlt-fatscale:0",
)
q(
    "my cat barely drinks any water, help",
    ["en", "colloquial"],
    "pet-fountain:3 pet-filter:1 pet-catfood:0 bb-sippy:0",
)
q(
    "开车用的 手机放哪儿",
    ["zh", "colloquial"],
    "car-holder:3 car-holder-magsafe:3 ph-stand:0 ph-lanyard:0 car-charger:0",
)
q(
    "学生党刷题用的笔 便宜点",
    ["zh", "colloquial"],
    "sta-gelpen:3 sta-refill:1 sta-highlighter:1 sta-fountain:1 sta-notebook:0",
)
q(
    "送男朋友 他天天跑步 想买双鞋",
    ["zh", "colloquial"],
    "clo-run-m:3 clo-hike:1 clo-socks:1 clo-run-w:0 clo-run-kids:0 clo-slippers:0",
)
q(
    "家里猫把沙发挠烂了😭",
    ["zh", "colloquial"],
    "pet-scratcher:3 pet-cattree:2 pet-nailclip:1 pet-roller:0",
)
q(
    "baby won't stop chewing on everything, teeth coming in",
    ["en", "colloquial", "cross_lingual"],
    "bb-teether:3 pet-chew:0 bb-nipple:0",
)
q(
    "宿舍一个人煮饭用",
    ["zh", "colloquial"],
    "kit-ricecooker:3 kit-eggcooker:1 kit-kettle-zh:0 out-stove:0",
)
q(
    "拍视频打光用的",
    ["zh", "colloquial"],
    "ph-ringlight:3 ph-tripod:1 sta-desklamp:0 out-lantern-01:0",
)
q(
    "晚上钓鱼头上戴的那个灯",
    ["zh", "colloquial"],
    "out-headlamp:3 out-lantern-01:1 out-lantern-en:1 clo-sunshirt-men:0",
)
q(
    "车没电了打不着火 咋办",
    ["zh", "colloquial", "cross_lingual"],
    "car-jump:3 car-charger:0 car-inflator:0 ph-powerbank-20k:0",
)
q(
    "for my mom, her neck and shoulders always hurt",
    ["en", "colloquial"],
    "hlt-neck:3 hlt-massgun:2 hlt-heatpad:2 hlt-footmass:1",
)
q(
    "想自己在家做拿铁",
    ["zh", "colloquial", "cross_lingual"],
    "kit-frother:3 cof-frenchpress:2 cof-coldbrew:1 cof-beans:1 cof-beans-en:1 cof-drip:1 cof-instant-en:1 "
    "cof-grinder-hand:1 cof-grinder-elec:1 cof-mug:0",
)
q("出门遛狗 狗子老往前冲 拉不住", ["zh", "colloquial"], "pet-harness:3 pet-leash:2 pet-chew:0")
q("老人爬山用的 拄着的那种", ["zh", "colloquial"], "out-pole-single:3 out-poles:2")
q(
    "孩子晚上看书写作业的灯",
    ["zh", "colloquial", "cross_lingual"],
    "sta-desklamp:3 ph-ringlight:0 out-lantern-01:0",
)
q(
    "夏天开车 屁股底下热死了",
    ["zh", "colloquial"],
    "car-cushion:3 car-sunshade:0 clo-sunshirt-men:0",
)
q("闺蜜生日 想送个软软的能抱着睡的", ["zh", "colloquial"], "toy-plush:3 cos-handcream:0")
q(
    "my kid keeps drawing on the walls lol",
    ["en", "colloquial", "cross_lingual"],
    "toy-drawboard:3 sta-highlighter:0",
)
q("狗狗指甲太长了 自己在家剪", ["zh", "colloquial", "cross_lingual"], "pet-nailclip:3 pet-chew:0")
q(
    "something to sit on while fishing",
    ["en", "colloquial"],
    "out-chair-01:3 out-chair-en:3 out-chair-kids:1 clo-sunshirt-men:0",
)

# ---------------------------------------------------------------- synonym
q("婴儿尿片", ["zh", "synonym"], "bb-diaper:3 bb-pullup:2 bb-wipes:1 bb-wipes-1:1")
q("保温壶", ["zh", "synonym"], "cof-mug:2 out-bottle:2 kit-kettle-zh:0 out-cooler:0 kit-kettle:0")
q("狗链子", ["zh", "synonym"], "pet-leash:3 pet-harness:2")
q(
    "充电头 65w",
    ["zh", "synonym", "constraint", "cross_lingual"],
    "ph-charger65:3 ph-charger20:1 car-charger:0 sta-desklamp:0",
)
q(
    "移动电源",
    ["zh", "synonym"],
    "ph-powerbank:3 ph-powerbank-20k:3 out-lantern-01:1 out-lantern-en:1 car-jump:1",
)
q("跑步听歌的耳塞", ["zh", "synonym"], "ph-earbuds:3 ph-earbuds-en:2")
q("handy vac for the car", ["en", "synonym", "cross_lingual"], "car-vacuum:3")
q("cat tower", ["en", "synonym", "cross_lingual"], "pet-cattree:3 pet-scratcher:1")
q("thermos", ["en", "synonym"], "out-bottle:3 cof-mug:3 out-cooler:0 kit-kettle:0")
q(
    "防晒服",
    ["zh", "synonym"],
    "clo-sunshirt:3 clo-sunshirt-men:3 clo-kids-sun:2 clo-cap:1 cos-sunscreen:1 cos-sunscreen-kids:1 clo-rain:0",
)
q("电子琴", ["zh", "synonym"], "mus-keyboard:3 mus-piano:2 mus-kalimba:0")
q(
    "sneakers for jogging, women's",
    ["en", "synonym", "cross_lingual"],
    "clo-run-w:3 clo-run-m:0 clo-run-kids:0",
)
q("laptop riser", ["en", "synonym"], "sta-laptop-stand:3 sta-monitor-stand:2")
q("磨豆器", ["zh", "synonym"], "cof-grinder-hand:3 cof-grinder-elec:3")
q("doggy chew toy", ["en", "synonym", "cross_lingual"], "pet-chew:2 bb-teether:0")
q("pour over kettle", ["en", "synonym"], "kit-kettle:3 cof-kettle:3 kit-kettle-zh:1")
q(
    "phone charger brick",
    ["en", "synonym"],
    "ph-charger65:3 ph-charger20:3 car-charger:1 ph-wireless-pad:1 car-holder-magsafe:1 sta-desklamp:0",
)
q("后备箱收纳箱", ["zh", "synonym", "cross_lingual"], "car-trunk:3 sta-organizer:0")
q("奶瓶消毒锅", ["zh", "synonym"], "bb-sterilizer:1 bb-bottle:0")
q("bp cuff", ["en", "synonym", "cross_lingual"], "hlt-bp:3 hlt-bp-wrist:1")
q("卸妆油", ["zh", "synonym"], "cos-remover:2 cos-menwash:0")
q("体重秤", ["zh", "synonym"], "hlt-fatscale:3 kit-scale:0")
q("wet wipes bulk", ["en", "synonym", "cross_lingual"], "bb-wipes:3 bb-wipes-1:1")
q("gaming椅 护腰", ["mixed", "synonym"], "sta-chair:3 out-chair-01:0")
q(
    "65W 氮化镓 charger",
    ["mixed", "synonym", "constraint"],
    "ph-charger65:3 ph-charger20:1 car-charger:0",
)

# ---------------------------------------------------------------- typo
q("lanya erji", ["zh", "typo"], "ph-earbuds:3 ph-earbuds-en:2")
q("优克里里", ["zh", "typo"], "mus-uke23:3 mus-uke-kids:2 mus-ukestrings:1 mus-capo:1 mus-tuner:1")
q(
    "chongdianbao",
    ["zh", "typo"],
    "ph-powerbank:3 ph-powerbank-20k:3 out-lantern-01:1 out-lantern-en:1 car-jump:1",
)
q("帐蓬", ["zh", "typo"], "out-tent-auto:3 out-tent-2p:3")
q("卡式路", ["zh", "typo"], "out-stove:3 out-gas:1")
q("cofee grinder", ["en", "typo"], "cof-grinder-elec:3 cof-grinder-hand:3")
q("tyre inflater", ["en", "typo"], "car-inflator:3 car-jump:0")
q(
    "猫沙 除臭",
    ["zh", "typo"],
    "pet-litter:3 pet-litter-bentonite:2 pet-litterbox-auto:1 car-fresh:0",
)
q(
    "blood presure monitor",
    ["en", "typo", "cross_lingual"],
    "hlt-bp:3 hlt-bp-wrist:1 hlt-oximeter:0 bb-monitor:0",
)
q("钓鱼头灯 冲电的", ["zh", "typo"], "out-headlamp:3 out-lantern-01:1")
q(
    "sunscrean for kids",
    ["en", "typo"],
    "cos-sunscreen-kids:3 cos-sunscreen:1 clo-kids-sun:1 cos-aftersun:0",
)
q("shouchong hu", ["zh", "typo"], "cof-kettle:3 kit-kettle:3 kit-kettle-zh:1")
q("吸奶气 静音", ["zh", "typo"], "bb-pump:3")
q(
    "dash cam nite vision",
    ["en", "typo", "cross_lingual"],
    "car-dashcam:3 car-dashcam-mini:1 bb-monitor:0",
)
q("筋膜抢", ["zh", "typo"], "hlt-massgun:3 hlt-neck:1")
q(
    "ukelele for a beginner",
    ["en", "typo", "cross_lingual"],
    "mus-uke23:3 mus-uke-kids:2 mus-ukestrings:1 mus-capo:1 mus-tuner:1 mus-guitar:1",
)
q("yoga pans", ["en", "typo", "cross_lingual"], "clo-yoga:3")
q("保湿杯 上班带", ["zh", "typo"], "cof-mug:3 out-bottle:2")
q("mao sha pen", ["zh", "typo"], "pet-litterbox-auto:3 pet-litter:1 pet-litter-bentonite:1")
q("行车记录器", ["zh", "typo"], "car-dashcam:3 car-dashcam-mini:3")
q("trekking poels", ["en", "typo"], "out-poles:3 out-pole-single:2")

# ---------------------------------------------------------------- cross-lingual
q("法压壶", ["zh", "cross_lingual"], "cof-frenchpress:3 cof-coldbrew:1")
q("骨传导耳机", ["zh", "cross_lingual"], "ph-earbuds-en:3 ph-earbuds:1")
q(
    "longjing green tea gift",
    ["en", "cross_lingual"],
    "tea-longjing:3 tea-longjing-small:1 tea-jasmine:0 tea-oolong-en:0 tea-set:0",
)
q(
    "sleeping bag for kids camping",
    ["en", "cross_lingual"],
    "out-sleepbag-kids:3 out-sleepbag-adult:1 out-chair-kids:0",
)
q("婴儿监视器 夜视", ["zh", "cross_lingual"], "bb-monitor:3")
q("diapers size XL", ["en", "cross_lingual", "constraint"], "bb-diaper:3 bb-pullup:2")
q("tofu cat litter", ["en", "cross_lingual"], "pet-litter:3 pet-litter-bentonite:1")
q("宝宝吸管杯", ["zh", "cross_lingual"], "bb-sippy:3 bb-bottle:0")
q("宠物饮水机", ["zh", "cross_lingual"], "pet-fountain:3 pet-filter:1")
q("露营保温箱 装冰块", ["zh", "cross_lingual"], "out-cooler:3 out-bottle:0")
q("电动牙刷", ["zh", "cross_lingual"], "hlt-toothbrush:3 hlt-brushheads:1")
q("cat scratching pad", ["en", "cross_lingual"], "pet-scratcher:3 pet-cattree:2")
q("black gel pens, pack", ["en", "cross_lingual"], "sta-gelpen:3 sta-refill:1 sta-fountain:0")
q("电动打蛋器", ["zh", "cross_lingual"], "kit-mixer:3 kit-frother:1 kit-eggcooker:0")
q("kids car seat isofix", ["en", "cross_lingual"], "car-seat-kids:3")
q("钢笔", ["zh", "cross_lingual"], "sta-fountain:3 sta-ink:1")
q("宝宝推车 轻便", ["zh", "cross_lingual"], "bb-stroller:3 bb-carrier:1")

# ---------------------------------------------------------------- constraint
q("露营椅 100以内", ["zh", "constraint"], "out-chair-01:3 out-chair-kids:1 out-chair-en:0")
q(
    "power bank under 100",
    ["en", "constraint"],
    "ph-powerbank-20k:3 out-lantern-01:1 ph-powerbank:0 out-lantern-en:0 car-jump:0",
)
q(
    "正在直播的露营装备",
    ["zh", "constraint"],
    "out-chair-01:3 out-chair-kids:3 out-table-01:3 out-tent-auto:3 out-sleepbag-adult:3 out-sleepbag-kids:3 "
    "out-lantern-01:3 out-headlamp:3 out-stove:3 out-gas:3 out-hammock:3 out-pole-single:2 clo-sunshirt-men:1 "
    "out-chair-en:0 out-tent-2p:0 out-cooler:0 out-lantern-en:0 out-poles:0 out-bottle:0",
)
q(
    "what's on flash sale right now",
    ["en", "constraint"],
    "out-chair-01:3 bb-diaper:3 ph-charger65:3 ph-powerbank:3 ph-case16:3 car-dashcam:3 hlt-neck:3 "
    "tea-longjing:0 cof-mug:0 cof-beans:0 cos-lipstick:0 cos-sunscreen:0 mus-uke23:0 pet-litter:0",
)
q(
    "马上开始的秒杀有啥",
    ["zh", "constraint"],
    "tea-longjing:3 cof-mug:3 cof-beans:3 pet-litter:0 out-chair-01:0 bb-diaper:0 cos-lipstick:0",
)
q("龙井 300以内", ["zh", "constraint"], "tea-longjing-small:1 tea-longjing:0 tea-jasmine:0")
q("三百左右的帐篷", ["zh", "constraint"], "out-tent-auto:3 out-tent-2p:0")
q("老K直播间的睡袋", ["zh", "constraint"], "out-sleepbag-adult:3 out-sleepbag-kids:2")
q("GadgetGuy's cables", ["en", "constraint"], "ph-cable:3 ph-cable-2pack:3")
q("宝妈小雨推荐的奶瓶", ["zh", "constraint"], "bb-bottle:3 bb-nipple:1 bb-sippy:0 bb-sterilizer:0")
q(
    "iPhone 16 手机壳 不要pro",
    ["mixed", "constraint"],
    "ph-case16:3 ph-screen:1 ph-case16pro:0 ph-case-mate70:0",
)
q("IPX5防水的头灯", ["zh", "constraint"], "out-headlamp:3 out-lantern-en:1 out-lantern-01:0")
q(
    "blender under 100 that's in stock",
    ["en", "constraint"],
    "kit-blender:3 kit-chopper:1 kit-mixer:0",
)
q("100到200的按摩器", ["zh", "constraint"], "hlt-massgun:3 hlt-heatpad:1 hlt-neck:0 hlt-footmass:0")
q(
    "cat stuff under 50",
    ["en", "constraint"],
    "pet-scratcher:3 pet-litter-bentonite:3 pet-nailclip:3 pet-filter:2 pet-roller:2 "
    "pet-litter:0 pet-catfood:0 pet-fountain:0 pet-chew:0",
)
q("直播间里有卖行车记录仪吗", ["zh", "constraint"], "car-dashcam:3 car-dashcam-mini:0")
q(
    "phone accessories under 30",
    ["en", "constraint"],
    "ph-screen:3 ph-stand:3 ph-lanyard:3 ph-cable:3 ph-charger20:0 ph-case16:0 ph-case-mate70:0",
)
q("kids shoes size 32", ["en", "constraint"], "clo-run-kids:1")
q("男士跑鞋 42码", ["zh", "constraint"], "clo-run-m:3 clo-hike:1 clo-run-w:0")
q(
    "茶叔家的茶叶",
    ["zh", "constraint"],
    "tea-longjing:3 tea-puer:3 tea-tieguanyin:3 tea-jasmine:3 tea-longjing-small:1 tea-set:1 tea-oolong-en:0",
)
q(
    "live now baby stuff under 50",
    ["en", "constraint", "cross_lingual"],
    "bb-wipes:3 bb-wipes-1:3 bb-nipple:3 bb-teether:3 bb-diaper:0 hlt-thermo:0 bb-sippy:0",
)
q("秒杀的充电宝", ["zh", "constraint"], "ph-powerbank:3 ph-powerbank-20k:0")
q(
    "ukulele under 100",
    ["en", "constraint", "cross_lingual"],
    "mus-uke-kids:2 mus-ukestrings:1 mus-tuner:1 mus-capo:1 mus-uke23:0",
)
q("4K行车记录仪 400以内", ["zh", "constraint"], "car-dashcam:3 car-dashcam-mini:0")
q("tent for 2 under 400", ["en", "constraint"], "out-tent-2p:3 out-tent-auto:2")
q(
    "小雨直播间 现在有啥秒杀",
    ["zh", "constraint"],
    "bb-diaper:3 bb-bottle:0 bb-wipes:0 out-chair-01:0",
)
q(
    "blood pressure monitor in stock",
    ["en", "constraint", "cross_lingual"],
    "hlt-bp:3 hlt-bp-wrist:0 bb-monitor:0",
)
q("女士跑步鞋 38码", ["zh", "constraint"], "clo-run-w:1 clo-run-m:0")
q("type-c 数据线 2米", ["mixed", "constraint"], "ph-cable:1 ph-cable-2pack:0")
q("dash cam 前后双录", ["mixed", "constraint"], "car-dashcam:3 car-dashcam-mini:0")
q("Vibram 登山鞋 43码", ["mixed", "constraint"], "clo-hike:1")

# ---------------------------------------------------------------- nothing in the catalog
q("眼线笔", ["zh", "nothing"], "cos-brow:0 cos-lipstick:0")
q("无人机 航拍", ["zh", "nothing"], "ph-tripod:0 toy-rccar:0")
q("air fryer", ["en", "nothing"], "kit-ricecooker:0 kit-eggcooker:0 kit-mixer:0")
q("电动车头盔", ["zh", "nothing"], "clo-cap:0 toy-scooter:0")
q("五十块以内的保温杯", ["zh", "nothing", "constraint"], "cof-mug:0 out-bottle:0")
q("一千多的电钢琴", ["zh", "nothing", "constraint"], "mus-piano:0 mus-keyboard:0")
q("dog bed", ["en", "nothing"], "pet-cattree:0 pet-scratcher:0 pet-carrier:0")
q("猫砂盆 不要电动的", ["zh", "nothing", "constraint"], "pet-litterbox-auto:0 pet-litter:0")
q("抹茶粉", ["zh", "nothing"], "tea-longjing:0 tea-jasmine:0 cof-instant-en:0")
q("iPhone 15 case", ["en", "nothing", "constraint"], "ph-case16:0 ph-case16pro:0 ph-screen:0")
q("婴儿米粉", ["zh", "nothing"], "kit-chopper:0 bb-bottle:0")
q(
    "正在直播的尤克里里",
    ["zh", "nothing", "constraint"],
    "mus-uke23:0 mus-uke-kids:0 mus-ukestrings:0 mus-capo:0",
)
q(
    "防晒霜 现在在秒杀的",
    ["zh", "nothing", "constraint"],
    "cos-sunscreen:0 cos-sunscreen-kids:0 cos-aftersun:0",
)

# ---------------------------------------------------------------- plain / mixed
q("月亮椅", ["zh"], "out-chair-01:3 out-chair-en:2 out-chair-kids:1 sta-chair:0")
q("hiking boots men", ["en"], "clo-hike:3 clo-run-m:1")
q("口红 黄皮", ["zh"], "cos-lipstick:3 cos-lipbalm:0")
q("iPhone16 手机壳 透明", ["mixed"], "ph-case16:3 ph-screen:1 ph-case16pro:0 ph-case-mate70:0")
q(
    "magsafe 充电宝",
    ["mixed"],
    "ph-powerbank:3 ph-powerbank-20k:2 car-holder-magsafe:1 ph-wireless-pad:1",
)
q(
    "挂耳 coffee 无糖",
    ["mixed"],
    "cof-drip:3 cof-instant-en:2 cof-beans:1 cof-beans-en:1 cof-kettle:0",
)
q("SPF50 防晒 kids", ["mixed"], "cos-sunscreen-kids:3 cos-sunscreen:1 clo-kids-sun:1")


# ================================================================ Q&A
QA = []


def a(pid, question, expected, polarity=None, tags=()):
    QA.append(
        dict(
            product_id=pid,
            question=question,
            answerable=True,
            expected=list(expected),
            polarity=polarity,
            tags=list(tags),
        )
    )


def u(pid, question, tags=(), polarity=None):
    QA.append(
        dict(
            product_id=pid,
            question=question,
            answerable=False,
            expected=[],
            polarity=None,
            tags=list(tags),
        )
    )


# ---- outdoor
a("out-chair-01", "这椅子自己多重啊 背着累不累", ["1.1kg"], tags=["description", "paraphrase"])
a("out-chair-01", "我一百四十斤能坐吗，最多承重多少", ["150kg"], tags=["description"])
a("out-chair-01", "现在下单多少钱一把", ["89"], tags=["price"])
a("out-chair-01", "卡其色还有货吗", [], "no", tags=["sku"])
a("out-chair-en", "What's the most weight it can take?", ["120 kg"], tags=["paraphrase"])
a("out-chair-en", "这个椅子能塞进30升的登山包吗", [], "yes", tags=["faq", "paraphrase"])
a("out-table-01", "大号的桌子多少钱", ["199"], tags=["sku", "price"])
a(
    "out-tent-2p",
    "Does it come with a ground sheet?",
    [],
    "no",
    tags=["faq", "paraphrase", "component"],
)
a("out-tent-2p", "What colours does it come in?", ["Forest Green", "Sand"], tags=["sku"])
a("out-tent-auto", "送地钉吗 送几根", ["8"], "yes", tags=["description", "component"])
a("out-sleepbag-adult", "零度左右睡哪款", ["2.5kg"], tags=["sku", "paraphrase"])
a(
    "out-sleepbag-adult",
    "can I throw it in the washing machine?",
    [],
    "yes",
    tags=["faq", "paraphrase"],
)
a("out-lantern-01", "充满电要多久", ["4小时"], tags=["paraphrase"])
a("out-lantern-01", "可以吸在车门上吗", [], "yes", tags=["description"])
a("out-lantern-en", "how long does it run on the low setting", ["30 hours"], tags=["paraphrase"])
a("out-headlamp", "下雨天能用吗 防不防水", ["IPX5"], "yes", tags=["paraphrase"])
a(
    "out-headlamp",
    "how long does the battery last on the brightest mode?",
    ["4"],
    tags=["paraphrase", "component"],
)
a("out-poles", "每根杖多重", ["215"], tags=["paraphrase"])
a("out-stove", "送气罐吗", [], "no", tags=["description"])
a("out-gas", "can I return it if I change my mind?", [], "no", tags=["policy"])
a("out-cooler", "how many cans fit inside?", ["30"], tags=["description"])
a("out-bottle", "Can the lid go in the dishwasher?", [], "yes", tags=["faq", "component"])
a("out-bottle", "杯盖是什么材质的", ["PP"], tags=["component"])
a("out-bottle", "how much is the sage green one", ["109"], tags=["sku", "price"])

# ---- tea & coffee
a("tea-longjing", "泡这个龙井水温多少合适", ["80", "85"], tags=["description"])
a("tea-longjing", "秒杀价多少 几点开始", ["298", "20:30"], tags=["price"])
a("tea-longjing", "现在买是多少钱", ["388"], tags=["price"])
a("tea-puer", "does it come with a tea knife?", [], "yes", tags=["description", "component"])
a("tea-jasmine", "两罐装多少钱", ["110"], tags=["sku", "price"])
a("tea-oolong-en", "用多少度的水泡", ["95"], tags=["paraphrase"])
a("cof-beans", "可以帮我磨成粉吗", [], "yes", tags=["sku", "paraphrase"])
a("cof-beans", "喝起来什么风味", ["坚果", "黑巧", "焦糖"], tags=["description", "paraphrase"])
a("cof-instant-en", "冷水能冲开吗", [], "yes", tags=["paraphrase"])
a(
    "cof-frenchpress",
    "if the glass breaks can I buy just the glass part?",
    [],
    "yes",
    tags=["description", "component"],
)
a("cof-kettle", "is this an electric kettle?", [], "no", tags=["description"])
a("cof-grinder-hand", "磨芯是什么材质", ["420不锈钢"], tags=["component"])
a("cof-grinder-elec", "能磨花椒吗", [], "no", tags=["faq", "paraphrase"])
a("tea-set", "盖碗能装多少水", ["150ml"], tags=["description", "component", "paraphrase"])
a("cof-mug", "雾霾蓝有货吗", [], "no", tags=["sku"])
a("cof-mug", "will it fit in my car's cup holder?", [], "yes", tags=["description"])
a("cof-mug", "黑色的秒杀价多少", ["59"], tags=["sku", "price"])

# ---- stationery
a(
    "sta-gelpen",
    "how long does one pen last before it runs out?",
    ["600"],
    tags=["description", "paraphrase"],
)
a("sta-gelpen", "笔芯写完了能换吗 用什么型号的", ["G2"], "yes", tags=["faq", "component"])
a("sta-notebook", "点阵的还有吗", [], "no", tags=["sku"])
a(
    "sta-fountain",
    "can I use normal ink cartridges in it?",
    [],
    "yes",
    tags=["description", "paraphrase", "component"],
)
a("sta-laptop-stand", "这个支架本身多重", ["260"], tags=["paraphrase"])
a("sta-chair", "装好了不喜欢能退吗", [], "no", tags=["policy"])
a("sta-chair", "下单以后多久能送到", ["5-7天"], tags=["policy"])
a("out-gas", "能发新疆吗", [], "no", tags=["policy"])
a("bb-nipple", "拆开了发现不合适能退吗", [], "no", tags=["policy"])
a("sta-desklamp", "底座能给手机无线充电吗", [], "yes", tags=["component"])

# ---- car
a("car-dashcam", "does it come with a memory card?", [], "no", tags=["faq", "component"])
a("car-dashcam", "现在多少钱", ["329"], tags=["price"])
a("car-dashcam", "停车监控要另外买东西吗", ["降压线"], "yes", tags=["description"])
a("car-vacuum", "can I wash the filter?", [], "yes", tags=["description", "component"])
a("car-inflator", "打满一个轮胎要多久", ["3"], tags=["description", "paraphrase"])
a("car-fresh", "海洋味的有吗", [], "no", tags=["sku"])
a("car-seat-kids", "from what age can it face forward?", ["4"], tags=["description", "paraphrase"])
a("car-jump", "多大排量的车能打着", ["8.0L"], tags=["paraphrase"])

# ---- music
a("mus-uke23", "is the 26 inch one in stock?", [], "no", tags=["sku"])
a("mus-uke23", "送哪些配件", ["琴包", "调音器", "拨片"], tags=["description"])
a("mus-guitar", "弦长多少", ["648"], tags=["paraphrase"])
a("mus-piano", "how heavy is the piano?", ["32"], tags=["paraphrase"])
a("mus-tuner", "送电池吗", [], "yes", tags=["component"])

# ---- baby
a("bb-bottle", "奶嘴是什么材质", ["液态硅胶"], tags=["component"])
a("bb-nipple", "L号有货吗", [], "no", tags=["sku", "component"])
a("bb-nipple", "9个月的宝宝用哪个", ["Y字孔"], tags=["sku", "paraphrase"])
a("bb-diaper", "现在多少钱一箱", ["79"], tags=["price"])
a("bb-diaper", "is size L in stock?", [], "no", tags=["sku"])
a("bb-stroller", "推车本身多重", ["6.8"], tags=["paraphrase"])
a("bb-stroller", "新生儿能躺平吗", [], "yes", tags=["description"])
a("bb-pump", "声音大不大", ["45dB"], tags=["paraphrase"])
a("bb-sippy", "what's the straw made of", ["silicone"], tags=["component"])

# ---- kitchen
a("kit-frother", "how long does it take to charge", ["2 hours"], tags=["paraphrase"])
a("kit-scale", "送电池吗", [], "no", tags=["component"])
a("kit-blender", "能打冰块吗", [], "yes", tags=["faq"])
a("kit-sharpener", "能磨锯齿刀吗", [], "no", tags=["description"])
a("kit-yogurt", "what is the inner pot made of?", ["304"], tags=["description", "component"])

# ---- pets
a("pet-litter", "can I flush it down the toilet?", [], "yes", tags=["faq", "paraphrase"])
a("pet-litter", "明天直播秒杀多少钱", ["55"], tags=["price"])
a("pet-litter-bentonite", "能冲厕所吗", [], "no", tags=["description"])
a("pet-fountain", "滤芯多久换一次", ["2", "4"], tags=["component", "paraphrase"])
a("pet-harness", "L码有货吗", [], "no", tags=["sku"])
a("pet-harness", "does it come in red?", [], "no", tags=["sku", "description"])

# ---- phone
a("ph-case16", "透明款现在多少钱", ["35"], tags=["sku", "price"])
a("ph-charger65", "送数据线吗", [], "no", tags=["faq"])
a("ph-charger65", "current price?", ["119"], tags=["price"])
a("ph-cable", "2米的有货吗", [], "no", tags=["sku"])
a("ph-powerbank", "how heavy is it", ["198"], tags=["paraphrase"])
a("ph-earbuds-en", "跑步出汗 防水吗", ["IP67"], "yes", tags=["paraphrase"])
a("ph-tripod", "遥控器用什么电池", ["CR1632"], tags=["component"])

# ---- cosmetics
a("cos-lipstick", "豆沙色有货吗", [], "no", tags=["sku"])
a("cos-lipstick", "how much is it right now?", ["79"], tags=["price"])
a("cos-sunscreen", "游泳的时候能用吗", [], "yes", tags=["description", "paraphrase"])
a("cos-sunscreen-kids", "how long does it stay on in water?", ["80 minutes"], tags=["paraphrase"])
a("cos-foundation", "Sand shade in stock?", [], "no", tags=["sku"])
a("cos-handcream", "有哪几种香味", ["樱花", "白桃", "小苍兰", "栀子", "白茶"], tags=["paraphrase"])

# ---- clothing
a("clo-run-m", "鞋底是什么材料", ["EVA"], tags=["component"])
a("clo-run-w", "有白色的吗", [], "no", tags=["sku"])
a("clo-hike", "how heavy are they", ["1.3 kg"], tags=["description", "paraphrase"])
a("clo-hike", "43码有吗", [], "no", tags=["sku"])
a("clo-sunshirt", "雾蓝L码还有吗", [], "yes", tags=["sku"])

# ---- health
a("hlt-bp", "胳膊粗能用吗 袖带多大", ["22-42cm"], tags=["description", "component"])
a("hlt-bp", "测得准吗 误差多少", ["±3mmHg"], tags=["faq"])
a("hlt-massgun", "送几个按摩头", ["4"], tags=["description", "component"])
a("hlt-neck", "what does it cost today?", ["99"], tags=["price"])
a("hlt-toothbrush", "充一次电能用多久", ["60"], tags=["paraphrase", "component"])

# ---- toys
a("toy-plush", "60cm的有吗", [], "no", tags=["sku"])
a("toy-drawboard", "can the battery be replaced?", ["CR2025"], "yes", tags=["component"])

# ================================================================ unanswerable
u("out-chair-kids", "这个小椅子自己多重", ["near_miss"])
u("out-table-01", "桌子能承重多少斤", ["near_miss"])
u("out-lantern-01", "满电能亮多久", ["near_miss"])
u("out-hammock", "吊床本身多重 背着重吗", ["near_miss"])
u("cof-mug", "杯盖是什么材质", ["near_miss", "component"])
u("cof-mug", "装冰水能保冷多久", ["near_miss"])
u("cof-grinder-hand", "手柄是什么材质的", ["near_miss", "component"])
u("kit-kettle-zh", "外壳是什么材质 烫手吗", ["near_miss", "component"])
u("car-vacuum", "充一次电能用多久", ["near_miss"])
u("hlt-massgun", "续航多久", ["near_miss"])
u("hlt-massgun", "专业款多重", ["near_miss", "sku"])
u("kit-frother", "how long does one charge last?", ["near_miss"])
u("bb-pump", "充满电能吸几次", ["near_miss"])
u("bb-carrier", "背带本身多重", ["near_miss"])
u("sta-monitor-stand", "这个增高架自己多重", ["near_miss"])
u("sta-laptop-stand", "how much weight can it hold?", ["near_miss"])
u("toy-scooter", "how heavy is the scooter itself?", ["near_miss"])
u("pet-carrier", "猫包自己有多重", ["near_miss"])
u("ph-earbuds", "充电仓充满要多久", ["near_miss", "component"])
u("ph-powerbank", "充电宝自己充满要多久", ["near_miss"])
u("car-inflator", "how many tyres can it do on one charge?", ["near_miss"])
u("car-jump", "how long does it take to recharge?", ["near_miss"])
u("mus-uke23", "琴颈是什么木头", ["near_miss", "component"])
u("mus-guitar", "what's the fretboard made of?", ["near_miss", "component"])
u("bb-bottle", "奶瓶盖子是什么材质", ["near_miss", "component"])
u("clo-run-m", "鞋垫是什么材质 能拆吗", ["near_miss", "component"])
u("clo-hike", "is the membrane Gore-Tex?", ["near_miss", "component"])
u("kit-blender", "how long does it take to fully charge?", ["near_miss"])
u("toy-rccar", "充电要多久", ["near_miss"])
u("toy-watergun", "充满电能玩多久", ["near_miss"])
u("clo-socks", "这袜子43码的脚能穿吗", ["near_miss", "sku"])
u("bb-monitor", "夜视能看多远", ["near_miss"])
u("bb-sippy", "what is the lid made of?", ["near_miss", "component"])
u("out-bottle", "what's the seal inside the lid made of?", ["near_miss", "component"])
u("out-tent-auto", "帐篷布是什么面料", ["near_miss", "component"])
u("sta-chair", "椅子自己多重 好搬吗", ["near_miss"])
u("pet-cattree", "160cm那款整个多重", ["near_miss", "sku"])
u("cof-mug", "杯子多重", [])
u("out-cooler", "how much does it weigh empty?", [])
u("hlt-bp", "能测心率吗", [])
u("hlt-bp", "保修几年", ["policy"])
u("ph-earbuds", "支持无线充电吗", [])
u("ph-case16", "这个壳多重", [])
u("ph-charger65", "how much does it weigh?", [])
u("car-dashcam", "能连WiFi用手机看吗", [])
u("car-dashcam-mini", "does it have night vision?", [])
u("tea-puer", "用多少度的水泡", [])
u("tea-tieguanyin", "是今年的新茶吗", [])
u("cof-beans-en", "is it good for espresso?", [])
u("cof-frenchpress", "能放洗碗机吗", [])
u("mus-piano", "有没有蓝牙", [])
u("mus-keyboard", "does it have a headphone jack?", [])
u("kit-scale", "有毫升模式吗 能称水吗", [])
u("pet-litterbox-auto", "工作的时候噪音大吗", [])
u("cos-sunscreen", "孕妇能用吗", [])
u("cos-lipstick", "保质期多久", [])
u("clo-yoga", "会不会起球", [])
u("hlt-toothbrush", "刷头多久换一次", ["component"])
u("toy-blocks", "跟乐高能拼在一起吗", [])
u("hlt-fatscale", "用什么电池", ["component"])
u("car-holder", "能无线充电吗", [])


# ================================================================ writing
def _has_cjk(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def write(here, products=None):
    lang_of = {}
    if products is not None:
        lang_of = {p["id"]: ("zh" if p["language"].startswith("zh") else "en") for p in products}
    with (
        open(here / "queries.jsonl", "w", encoding="utf-8") as qf,
        open(here / "qrels.tsv", "w", encoding="utf-8") as rf,
    ):
        for i, (text, tags, judged) in enumerate(Q, 1):
            qid = f"iq{i:03d}"
            qf.write(json.dumps({"id": qid, "text": text, "tags": tags}, ensure_ascii=False) + "\n")
            for tok in judged.split():
                pid, g = tok.rsplit(":", 1)
                rf.write(f"{qid}\t{pid}\t{int(g)}\n")
    with open(here / "qa.jsonl", "w", encoding="utf-8") as f:
        for i, item in enumerate(QA, 1):
            qlang = "zh" if _has_cjk(item["question"]) else "en"
            tags = [qlang]
            plang = lang_of.get(item["product_id"])
            if plang and plang != qlang:
                tags.append("cross_lingual")
            for t in item["tags"]:
                if t not in tags:
                    tags.append(t)
            if item["polarity"] is not None:
                tags.append("yesno")
            if not item["answerable"]:
                tags.append("unanswerable")
            rec = {
                "id": f"iqa{i:03d}",
                "product_id": item["product_id"],
                "question": item["question"],
                "answerable": item["answerable"],
                "expected": item["expected"],
                "polarity": item["polarity"],
                "tags": tags,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


# =================================================================================== output
FIELD_ORDER = [
    "id",
    "title",
    "description",
    "brand",
    "category",
    "price",
    "original_price",
    "stock",
    "status",
    "shop",
    "creator_id",
    "attributes",
    "skus",
    "faqs",
    "tags",
    "shipping",
    "return_policy",
    "language",
]


def product_record(p):
    p = dict(p)
    if "skus" in p:
        total = sum(s["stock"] for s in p["skus"])
        if "stock" in p and p["stock"] != total:
            raise SystemExit(f"{p['id']}: stock {p['stock']} != sku sum {total}")
        p["stock"] = total
        cheapest = min(float(s["price"]) for s in p["skus"])
        if float(p["price"]) != cheapest:
            raise SystemExit(f"{p['id']}: price {p['price']} is not the cheapest sku {cheapest}")
    rec = {"type": "product"}
    for k in FIELD_ORDER:
        if k in p:
            rec[k] = p[k]
    extra = set(p) - set(FIELD_ORDER)
    if extra:
        raise SystemExit(f"{p['id']}: unknown fields {extra}")
    return rec


def dump(rec):
    return json.dumps(rec, ensure_ascii=False)


def write_products():
    lines = [
        f"// anchor: {ANCHOR}",
        "// Independent evaluation catalog, hand-written; see README.md. Generated by build.py.",
    ]
    for c in CREATORS:
        lines.append(dump({"type": "creator", **c}))
    for p in PRODUCTS:
        lines.append(dump(product_record(p)))
    for r in LIVE_ROOMS:
        lines.append(dump({"type": "live_room", **r}))
    for v in VIDEOS:
        lines.append(dump({"type": "video", **v}))
    for f in FLASH_SALES:
        lines.append(dump({"type": "flash_sale", **f}))
    (HERE / "products.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    write_products()
    write(HERE, PRODUCTS)


if __name__ == "__main__":
    main()
