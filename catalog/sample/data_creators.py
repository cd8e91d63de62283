"""Creators (streamers / shop accounts) of the sample catalog."""

from __future__ import annotations

from catalog.sample._dsl import Record


def C(cid: str, name: str, platform: str, handle: str, followers: int, bio: str) -> Record:
    return {
        "type": "creator",
        "id": cid,
        "name": name,
        "platform": platform,
        "handle": handle,
        "bio": bio,
        "followers": followers,
    }


CREATORS: list[Record] = [
    C(
        "c-xiaomei",
        "小美爱分享",
        "douyin",
        "xiaomei_share",
        2_350_000,
        "8年美妆博主，油皮混油皮，只推自己用空过的护肤彩妆。每晚8点直播。",
    ),
    C(
        "c-laozhang",
        "数码老张",
        "douyin",
        "laozhang_tech",
        1_180_000,
        "拆机测评老司机，耳机充电宝手机配件不吹不黑，价格说到做到。",
    ),
    C(
        "c-alin",
        "宝妈阿琳",
        "douyin",
        "alin_mama",
        860_000,
        "二胎宝妈，母婴好物亲测分享，奶瓶纸尿裤辅食都聊。",
    ),
    C(
        "c-daxiong",
        "吃货大雄",
        "douyin",
        "daxiong_eats",
        3_020_000,
        "全国各地找好吃的，零食坚果饮品一站式带货，家人们闭眼入。",
    ),
    C(
        "c-jess",
        "Jess健身日记",
        "douyin",
        "jess_fit",
        540_000,
        "Bilingual fitness coach 中英双语健身教练 · 瑜伽 跑步 力量训练装备测评",
    ),
    C(
        "c-amy",
        "Amy's Global Picks",
        "douyin",
        "amy_global",
        410_000,
        "Cross-border finds for English-speaking shoppers in China. Live in English every "
        "Thursday & Friday.",
    ),
    C(
        "c-aken",
        "穿搭师阿Ken",
        "douyin",
        "aken_style",
        1_460_000,
        "男女装穿搭，羽绒服大衣卫衣，小个子微胖都能穿。",
    ),
    C(
        "c-nongjia",
        "东北农家小院",
        "kuaishou",
        "dongbei_nongjia",
        2_760_000,
        "黑龙江五常自家地里的大米、木耳、蜂蜜，老铁们放心买。",
    ),
    C(
        "c-wangshifu",
        "家电王师傅",
        "kuaishou",
        "wang_jiadian",
        1_930_000,
        "干了20年家电维修，只卖自己敢修敢保的厨房电器和清洁电器。",
    ),
    C(
        "c-mengchong",
        "萌宠当家",
        "kuaishou",
        "mengchong_home",
        980_000,
        "三猫两狗的家，猫粮狗粮猫砂实测，配料表逐条讲。",
    ),
    C(
        "c-haowu",
        "好物姐姐",
        "kuaishou",
        "haowu_jiejie",
        1_320_000,
        "居家日用百货，收纳床品厨房好物，性价比第一。",
    ),
    C(
        "c-ayue",
        "书香阿月",
        "kuaishou",
        "ayue_books",
        390_000,
        "前语文老师，童书绘本、经典名著、考试教辅推荐。",
    ),
    C(
        "c-laotie",
        "老铁衣橱",
        "kuaishou",
        "laotie_closet",
        1_050_000,
        "源头工厂直发，保暖内衣、加绒裤、棉服，冬天就靠它。",
    ),
    C(
        "c-luna",
        "Luna Jewelry Studio",
        "other",
        "luna_jewelry",
        88_000,
        "Handmade sterling silver and freshwater pearl jewellery. 925银饰手作工作室。",
    ),
]
