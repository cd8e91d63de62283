"""Live rooms, short videos and flash sales of the sample catalog, timed relative to the anchor."""

from __future__ import annotations

from typing import Any

from catalog.sample._dsl import Record, at


def room(
    rid: str,
    creator: str,
    title: str,
    start: dict[str, float],
    end: dict[str, float],
    cart: list[str],
) -> Record:
    return {
        "type": "live_room",
        "id": rid,
        "creator_id": creator,
        "title": title,
        "starts_at": at(**start),
        "ends_at": at(**end),
        "product_ids": cart,
    }


def video(
    vid: str,
    creator: str,
    title: str,
    published: dict[str, float],
    products: list[str],
    desc: str | None = None,
    tags: list[str] | None = None,
) -> Record:
    rec: Record = {"type": "video", "id": vid, "creator_id": creator, "title": title}
    if desc:
        rec["description"] = desc
    rec["published_at"] = at(**published)
    rec["product_ids"] = products
    if tags:
        rec["tags"] = tags
    return rec


def sale(
    fid: str,
    product: str,
    price: str,
    qty: int,
    start: dict[str, float],
    end: dict[str, float],
    *,
    sku: str | None = None,
    room_id: str | None = None,
    limit: int | None = None,
) -> Record:
    rec: dict[str, Any] = {"type": "flash_sale", "id": fid, "product_id": product}
    if sku:
        rec["sku_id"] = sku
    if room_id:
        rec["live_room_id"] = room_id
    rec.update({"price": price, "quantity": qty})
    if limit:
        rec["per_user_limit"] = limit
    rec.update({"starts_at": at(**start), "ends_at": at(**end)})
    return rec


LIVE_ROOMS: list[Record] = [
    # live at the anchor
    room(
        "room-xiaomei-0101",
        "c-xiaomei",
        "小美冬季护肤彩妆专场｜防晒粉底面霜全场5折起 今晚不买等一年",
        {"hours": -1},
        {"hours": 2},
        ["bt-001", "bt-003", "bt-009", "bt-013", "bt-022", "bt-002", "bt-018", "pc-001"],
    ),
    room(
        "room-laozhang-0101",
        "c-laozhang",
        "数码老张 元旦耳机充电宝专场 降噪耳机百元秒",
        {"hours": -2},
        {"hours": 1},
        ["el-001", "el-002", "el-017", "el-010", "el-015", "el-005", "el-004"],
    ),
    room(
        "room-wangshifu-0101",
        "c-wangshifu",
        "王师傅家电直播｜空气炸锅 取暖器 扫地机 工厂价直供",
        {"minutes": -30},
        {"hours": 3},
        ["ap-001", "ap-016", "ap-008", "ap-004", "ap-002", "ap-018"],
    ),
    room(
        "room-amy-0101",
        "c-amy",
        "Amy's New Year Picks — live in English: earbuds, skincare, kitchen",
        {"minutes": -45},
        {"minutes": 75},
        ["el-007", "bt-006", "bt-030", "ap-003", "cl-004", "ap-021"],
    ),
    room(
        "room-nongjia-0101",
        "c-nongjia",
        "东北农家年货直播 五常大米 椴树蜜 秋木耳 赣南脐橙",
        {"hours": -3},
        {"minutes": 30},
        ["fd-014", "fd-013", "fd-015", "fd-021"],
    ),
    # upcoming
    room(
        "room-daxiong-0101",
        "c-daxiong",
        "吃货大雄年货零食节 坚果礼盒 螺蛳粉 车厘子",
        {"minutes": 30},
        {"hours": 3, "minutes": 30},
        ["fd-001", "fd-002", "fd-004", "fd-005", "fd-006", "fd-009", "fd-022"],
    ),
    room(
        "room-mengchong-0101",
        "c-mengchong",
        "萌宠当家 猫粮猫砂开箱实测 冬季宠物窝",
        {"hours": 2},
        {"hours": 4},
        ["pt-001", "pt-007", "pt-003", "pt-009", "pt-013", "pt-022"],
    ),
    room(
        "room-alin-0102",
        "c-alin",
        "宝妈阿琳 母婴好物囤货日 奶瓶纸尿裤推车",
        {"days": 1},
        {"days": 1, "hours": 3},
        ["bb-001", "bb-004", "bb-007", "bb-011", "bb-014", "bb-009"],
    ),
    room(
        "room-ayue-0102",
        "c-ayue",
        "书香阿月 寒假童书专场 绘本百科字帖",
        {"days": 1, "hours": 2},
        {"days": 1, "hours": 4},
        ["bk-001", "bk-002", "bk-007", "bk-004", "bk-015"],
    ),
    room(
        "room-aken-0103",
        "c-aken",
        "阿Ken 羽绒服大衣清仓 小个子微胖穿搭",
        {"days": 2},
        {"days": 2, "hours": 4},
        ["cl-001", "cl-002", "cl-003", "cl-014", "cl-006", "cl-016"],
    ),
    # ended
    room(
        "room-jess-1231",
        "c-jess",
        "Jess 新年健身装备 New Year fitness gear 中英双语",
        {"days": -1, "hours": -2},
        {"days": -1},
        ["sp-001", "sp-006", "sp-005", "el-004", "sp-002", "fd-019"],
    ),
    room(
        "room-laotie-1230",
        "c-laotie",
        "老铁保暖内衣加绒裤专场 源头工厂价",
        {"days": -2},
        {"days": -2, "hours": 3},
        ["cl-007", "cl-008", "cl-010", "cl-025", "cl-009"],
    ),
    room(
        "room-haowu-0101am",
        "c-haowu",
        "好物姐姐居家百货 四件套保温杯不粘锅",
        {"hours": -5},
        {"hours": -2},
        ["hm-001", "hm-009", "hm-011", "hm-018", "hm-019", "hm-022"],
    ),
]

VIDEOS: list[Record] = [
    video(
        "v-001",
        "c-xiaomei",
        "油皮姐妹看过来！这瓶粉底液我用空了3瓶",
        {"days": -2, "hours": -3},
        ["bt-009", "bt-026"],
        "12小时持妆实测，上午10点到晚上10点不脱妆。",
        ["粉底液", "油皮"],
    ),
    video(
        "v-002",
        "c-xiaomei",
        "秋冬干皮急救面霜，熬夜脸救回来了",
        {"days": -4},
        ["bt-001", "bt-022"],
        tags=["面霜", "干皮"],
    ),
    video(
        "v-003",
        "c-xiaomei",
        "防晒霜 vs 晒后修护，别再用错了！",
        {"days": -6},
        ["bt-003", "bt-004", "bt-006"],
        "防晒霜出门前涂，芦荟胶是晒后用的，不能代替防晒。",
        ["防晒"],
    ),
    video(
        "v-004",
        "c-laozhang",
        "百元降噪耳机横评：199的能打599的吗？",
        {"days": -1, "hours": -5},
        ["el-001", "el-002", "el-003", "el-007"],
        "地铁实测降噪、通话、续航。",
        ["耳机", "测评"],
    ),
    video(
        "v-005",
        "c-laozhang",
        "iPhone 15 手机壳别乱买，磁吸不吸就白买",
        {"days": -3},
        ["el-010", "el-011", "el-012"],
        tags=["手机壳", "iPhone 15"],
    ),
    video(
        "v-006",
        "c-laozhang",
        "充电宝能不能带上飞机？一条视频讲清楚",
        {"days": -5},
        ["el-017", "el-018", "el-019"],
        tags=["充电宝"],
    ),
    video(
        "v-007",
        "c-alin",
        "新生儿奶瓶怎么选？防胀气真的有用吗",
        {"days": -2},
        ["bb-001", "bb-002", "bb-003"],
        tags=["奶瓶", "新生儿"],
    ),
    video(
        "v-008",
        "c-alin",
        "纸尿裤尺码怎么选，红屁屁怎么办",
        {"days": -7},
        ["bb-004", "bb-005", "bb-007"],
    ),
    video(
        "v-009",
        "c-daxiong",
        "年货坚果礼盒开箱，送长辈有面子",
        {"days": -1},
        ["fd-002", "fd-001"],
        tags=["年货", "坚果"],
    ),
    video(
        "v-010",
        "c-daxiong",
        "宿舍懒人夜宵合集：螺蛳粉、自热火锅、辣条",
        {"days": -3, "hours": -6},
        ["fd-006", "fd-007", "fd-005"],
        tags=["夜宵", "速食"],
    ),
    video(
        "v-011",
        "c-jess",
        "Home workout kit under ¥300 | 居家健身300元搞定",
        {"days": -2},
        ["sp-001", "sp-005", "sp-021", "sp-024"],
        "Yoga mat, jump rope, knee pads and a 2L bottle.",
        ["home workout", "健身"],
    ),
    video(
        "v-012", "c-jess", "Massage gun 筋膜枪 怎么用才不伤身", {"days": -8}, ["sp-006", "sp-007"]
    ),
    video(
        "v-013",
        "c-amy",
        "My winter skincare routine (fragrance-free!)",
        {"days": -1, "hours": -2},
        ["bt-030", "bt-021", "bt-006"],
        tags=["skincare", "winter"],
    ),
    video(
        "v-014",
        "c-amy",
        "Air fryer vs. espresso machine: best kitchen gifts under ¥1500",
        {"days": -4},
        ["ap-003", "ap-021", "ap-022"],
        tags=["kitchen", "gift ideas"],
    ),
    video(
        "v-015",
        "c-aken",
        "158小个子羽绒服怎么选不显矮",
        {"days": -2, "hours": -8},
        ["cl-001", "cl-006", "cl-019"],
        tags=["羽绒服", "小个子"],
    ),
    video(
        "v-016",
        "c-aken",
        "男生冬季穿搭：羽绒服+加绒裤不臃肿",
        {"days": -5},
        ["cl-002", "cl-025", "cl-011"],
    ),
    video(
        "v-017",
        "c-nongjia",
        "五常大米到底香不香？现场蒸一锅",
        {"days": -3},
        ["fd-014"],
        tags=["大米", "五常"],
    ),
    video("v-018", "c-nongjia", "椴树蜜结晶了是假蜜？老铁别被骗", {"days": -6}, ["fd-013"]),
    video(
        "v-019",
        "c-wangshifu",
        "空气炸锅选大的还是小的？维修师傅告诉你",
        {"days": -2},
        ["ap-001", "ap-002", "ap-003"],
        tags=["空气炸锅"],
    ),
    video(
        "v-020",
        "c-wangshifu",
        "取暖器哪种最省电？石墨烯 vs 油汀",
        {"days": -1, "hours": -3},
        ["ap-016", "ap-017", "ap-018"],
        tags=["取暖器", "省电"],
    ),
    video(
        "v-021",
        "c-mengchong",
        "猫粮狗粮别混喂！配料表逐条看",
        {"days": -4},
        ["pt-001", "pt-002", "pt-003", "pt-005"],
        tags=["猫粮", "狗粮"],
    ),
    video(
        "v-022",
        "c-mengchong",
        "豆腐猫砂 vs 膨润土猫砂 实测结团",
        {"days": -9},
        ["pt-007", "pt-008"],
    ),
    video(
        "v-023",
        "c-haowu",
        "冬天被窝暖和的秘密：牛奶绒四件套+电热毯",
        {"days": -3},
        ["hm-001", "ap-018", "hm-004"],
    ),
    video(
        "v-024",
        "c-ayue",
        "0-3岁宝宝第一套绘本怎么选",
        {"days": -5},
        ["bk-001", "bk-013"],
        tags=["绘本"],
    ),
    video(
        "v-025",
        "c-luna",
        "925银项链会不会掉色？30天实测",
        {"days": -10},
        ["jw-001", "jw-002", "jw-003"],
        tags=["银饰", "项链"],
    ),
    video(
        "v-026",
        "c-laotie",
        "零下20度东北实测：德绒保暖内衣到底暖不暖",
        {"days": -2, "hours": -1},
        ["cl-007", "cl-008", "cl-010"],
    ),
]

FLASH_SALES: list[Record] = [
    # running at the anchor
    sale("fs-001", "el-001", "169", 200, {"hours": -1}, {"hours": 1}, room_id="room-laozhang-0101"),
    sale(
        "fs-002",
        "bt-003",
        "79",
        300,
        {"minutes": -30},
        {"minutes": 90},
        sku="bt-003-s1",
        room_id="room-xiaomei-0101",
        limit=2,
    ),
    sale(
        "fs-003",
        "ap-001",
        "229",
        100,
        {"minutes": -20},
        {"hours": 2},
        room_id="room-wangshifu-0101",
    ),
    sale(
        "fs-004",
        "fd-014",
        "49.9",
        500,
        {"hours": -1},
        {"minutes": 20},
        room_id="room-nongjia-0101",
        limit=3,
    ),
    sale(
        "fs-005",
        "el-007",
        "299",
        50,
        {"minutes": -10},
        {"minutes": 50},
        sku="el-007-s1",
        room_id="room-amy-0101",
    ),
    sale("fs-006", "hm-022", "9.9", 1000, {"hours": -2}, {"hours": 10}, limit=5),
    sale("fs-007", "pc-008", "129", 300, {"days": -1}, {"days": 1}),
    # starting within the hour
    sale(
        "fs-008", "bt-009", "59", 150, {"minutes": 5}, {"minutes": 35}, room_id="room-xiaomei-0101"
    ),
    sale(
        "fs-009",
        "el-017",
        "59",
        200,
        {"minutes": 15},
        {"minutes": 45},
        room_id="room-laozhang-0101",
    ),
    sale(
        "fs-010",
        "ap-016",
        "199",
        80,
        {"minutes": 30},
        {"minutes": 90},
        room_id="room-wangshifu-0101",
    ),
    sale(
        "fs-011",
        "fd-001",
        "59",
        300,
        {"minutes": 40},
        {"minutes": 100},
        room_id="room-daxiong-0101",
        limit=2,
    ),
    sale("fs-012", "bt-006", "99", 100, {"minutes": 55}, {"minutes": 75}, room_id="room-amy-0101"),
    # later
    sale(
        "fs-013",
        "pt-001",
        "89",
        120,
        {"hours": 2, "minutes": 15},
        {"hours": 3},
        sku="pt-001-s1",
        room_id="room-mengchong-0101",
    ),
    sale("fs-014", "fd-005", "6.9", 2000, {"hours": 3}, {"hours": 5}, limit=3),
    sale(
        "fs-015",
        "bb-004",
        "99",
        200,
        {"days": 1, "minutes": 10},
        {"days": 1, "hours": 2},
        sku="bb-004-s3",
        room_id="room-alin-0102",
        limit=2,
    ),
    sale(
        "fs-016",
        "cl-001",
        "399",
        60,
        {"days": 2, "minutes": 30},
        {"days": 2, "hours": 2},
        room_id="room-aken-0103",
    ),
    # ended
    sale("fs-017", "el-002", "39", 300, {"days": -1}, {"days": -1, "hours": 1}),
    sale(
        "fs-018",
        "sp-006",
        "129",
        100,
        {"days": -1, "hours": -1},
        {"days": -1, "minutes": -30},
        room_id="room-jess-1231",
    ),
    sale(
        "fs-019",
        "cl-007",
        "49",
        400,
        {"days": -2, "hours": 1},
        {"days": -2, "hours": 2},
        room_id="room-laotie-1230",
    ),
    sale(
        "fs-020",
        "hm-001",
        "129",
        80,
        {"hours": -4},
        {"hours": -3},
        sku="hm-001-s2",
        room_id="room-haowu-0101am",
    ),
]
