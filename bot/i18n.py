"""Every user-visible string, in Chinese and English. Templates use `str.format` fields.

Catalog text (titles, descriptions …) is never put into these templates by the engine when it
needs styling; it travels as separate spans so the renderer escapes it.
"""

from __future__ import annotations

from typing import Any, Literal

from bot.i18n_aftersales import AFTERSALES_MESSAGES
from bot.i18n_alerts import ALERT_MESSAGES
from bot.i18n_shop import SHOP_MESSAGES

Lang = Literal["zh", "en"]
LANGUAGES: tuple[Lang, ...] = ("zh", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "greeting": "你好{name}！我是带货小助手 🛍",
        "intro": "直接告诉我你想买什么，比如「200以内的蓝牙耳机」「正在直播的口红」。"
        "我可以帮你搜索直播间和短视频里的商品、回答商品问题、对比、加购物车、设置秒杀提醒。",
        "live_now_header": "🔴 正在直播",
        "no_live_now": "现在没有直播间在播。",
        "upcoming_header": "🕗 即将开播",
        "no_upcoming": "暂无即将开播的直播。",
        "live_until": "直播中 · 到 {time} 结束",
        "starts_at": "{time} 开播",
        "room_cart_count": "小黄车 {count} 件商品",
        "enter_room": "进入：{title}",
        "remind_room": "⏰ 开播提醒：{title}",
        "help": "我能做这些：\n"
        "• 直接发文字搜索商品（可以带价格、直播、秒杀等条件）\n"
        "• 看完商品后直接问「这个防水吗？」「第二个有黑色吗？」\n"
        "• 「对比前两个」比较商品\n"
        "• /live 正在直播和即将开播的直播间\n"
        "• /videos 最新短视频里的商品\n"
        "• /cart 购物车  /orders 我的订单\n"
        "• /leave 离开直播间/视频范围  /lang 切换语言",
        "filters": "筛选：",
        "found": "共找到 {total} 件商品",
        "past_last_page": "已经是最后一页了（共 {total} 件商品）。",
        "searching_in_room": "在「{title}」直播间内搜索",
        "searching_in_video": "在视频「{title}」的商品里搜索",
        "no_results": "没有找到符合条件的商品 😕",
        "no_results_hint": "可以放宽条件，或者换个说法试试：",
        "relax_price": "去掉价格限制",
        "relax_live": "不限直播",
        "relax_stock": "包括已售罄",
        "relax_flash": "不限秒杀",
        "relax_category": "不限分类",
        "relax_platform": "不限平台",
        "relax_creator": "不限主播",
        "relax_scope": "搜索全部商品",
        "suggest_live": "🔴 看看正在直播",
        "suggest_videos": "🎬 最新视频",
        "btn_details": "{n} 详情",
        "btn_cart": "🛒 加购",
        "btn_buy": "⚡ 购买",
        "btn_remind": "⏰ 提醒",
        "btn_prev": "◀",
        "btn_next": "▶",
        "btn_compare": "⚖️ 对比前两个",
        "btn_leave_room": "🚪 离开直播间",
        "btn_leave_video": "🚪 离开视频",
        "btn_forward": "📨 转给商家",
        "btn_view_cart": "🛒 查看购物车",
        "btn_clear_cart": "🗑 清空购物车",
        "btn_checkout": "💳 去结算",
        "btn_open_video": "🎬 {title}",
        "btn_more": "更多",
        "sold_out": "已售罄",
        "only_left": "仅剩 {n} 件",
        "in_stock": "有货",
        "off_shelf": "已下架",
        "live_badge": "🔴 直播中",
        "flash_badge": "⚡秒杀 {price}",
        "ends_in": "剩 {left}",
        "starts_in": "{left}后开抢",
        "minutes": "{n}分钟",
        "hours_minutes": "{h}小时{m}分",
        "days_hours": "{d}天{h}小时",
        "by_creator": "主播：{name}",
        "brand": "品牌",
        "price": "价格",
        "list_price": "原价",
        "stock": "库存",
        "shipping": "发货",
        "returns": "售后",
        "category": "分类",
        "sku_header": "规格",
        "faq_header": "常见问题",
        "description": "详情",
        "return_7day_no_reason": "7天无理由退货",
        "return_no_return": "不支持退货",
        "answer_about": "关于「{title}」：",
        "answer_source": "来源：",
        "evidence_faq": "商家问答",
        "evidence_description": "商品描述",
        "nothing_matches": "没有找到「{query}」😕",
        "alternatives_relaxed": "不符合你的条件，但最接近的是这些：",
        "alternatives_nearest": "下面只是最接近的几件，不完全是你要找的：",
        "filter_creator": "主播：{name}",
        "dont_know": "这个我不确定，商品资料里没有写 🤔 要把问题转给商家吗？",
        "no_context": "你想问哪件商品呢？先搜索或打开一件商品，再问我哦。",
        "forwarded": "好的，已把你的问题转给商家（工单 #{ticket}）：「{question}」。商家回复后会在这里通知你。",
        "compare_header": "⚖️ 商品对比",
        "compare_need_two": "需要至少两件商品才能对比，先搜索一下吧。",
        "compare_bad_index": "上一次的结果里没有第 {n} 个商品。",
        "ordinal_missing": "上一次的结果里没有第 {n} 个商品。",
        "videos_header": "🎬 最新视频",
        "no_videos": "还没有视频。",
        "video_products": "{count} 件商品",
        "entered_room": "📺 已进入「{title}」直播间，之后的搜索只在这个直播间的小黄车里。",
        "entered_video": "🎬 正在看视频「{title}」里的商品，之后的搜索只在这些商品里。",
        "room_cart_header": "小黄车（按上架顺序）",
        "room_cart_empty": "这个直播间的小黄车还是空的。",
        "left_scope": "已离开「{title}」，现在搜索全部商品。",
        "not_in_scope": "你现在没有在任何直播间或视频里。",
        "lang_prompt": "请选择语言 / Choose a language:",
        "lang_set": "好的，以后用中文和你聊。",
        "lang_unknown": "不支持的语言：{code}。可选：zh、en。",
        "choose_sku": "请选择规格：",
        "added_to_cart": "已加入购物车：{title}{sku} × {qty}",
        "cart_header": "🛒 购物车",
        "cart_empty": "购物车是空的。",
        "cart_line": "{title}{sku} × {qty} = {subtotal}",
        "cart_total": "合计：{total}",
        "cart_cleared": "购物车已清空。",
        "cart_unavailable": "（已下架或不存在）",
        "reminder_saved": "⏰ 提醒已设置：{title}。开抢/降价时会通知你。",
        "reminder_exists": "⏰ 你已经设置过这个提醒了：{title}。",
        "reminder_room_saved": "⏰ 开播提醒已设置：{title}。",
        "expired": "这个按钮已过期，请重新搜索 🙏",
        "error": "抱歉，出了点问题，请稍后再试 🙏",
        "not_found": "没有找到这个商品/直播间，可能已经下架。",
        "bad_link": "这个链接无效或已过期，直接发文字搜索商品吧。",
        "unknown_command": "我不认识这个命令。发 /help 看看我能做什么。",
        "flash_sale_header": "⚡ 秒杀",
        "flash_sale_ended": "这场秒杀已经结束了。",
        "flash_sale_info": "秒杀价 {price} · 限量 {qty} 件 · 每人限购 {limit} 件",
        "flash_sale_when": "{start} — {end}",
        "inline_open": "在带货小助手里打开",
        "inline_no_results": "没有找到商品",
        "page": "{page}/{pages}",
        "cmd_start": "开始",
        "cmd_help": "帮助",
        "cmd_live": "正在直播",
        "cmd_videos": "最新视频",
        "cmd_cart": "购物车",
        "cmd_orders": "我的订单",
        "cmd_leave": "离开直播间/视频",
        "cmd_lang": "切换语言",
        "empty_message": "发点文字给我，我帮你找商品。",
        "tomorrow": "明天",
        "yesterday": "昨天",
        "from_price": "{price}起",
        "flash_upcoming_badge": "⚡{left}后秒杀 {price}",
        "flash_upcoming_line": "⚡ 秒杀预告：{time} 开抢，秒杀价 {price}",
        "flash_sold_out": "这场秒杀已经抢光了 😢 可以按原价购买，或设置到货/降价提醒。",
        "flash_sold_out_note": "秒杀价 {price} 已抢光，现为原价",
        "flash_units_left": "秒杀价只剩 {n} 件了，少买一点试试？",
        "flash_sale_sku": "秒杀规格：{sku}",
        "over_limit": "这场秒杀每人限购 {limit} 件，你还能再买 {left} 件。",
        "over_limit_none": "这场秒杀每人限购 {limit} 件，你已经买满（或已在购物车里）了。",
        "not_enough_stock": "库存只剩 {n} 件了。",
        "sku_sold_out": "这个规格已经售罄了 😢 换个规格，或设置到货提醒？",
        "product_sold_out": "这件商品已经售罄了 😢 要设置到货提醒吗？",
        "unknown_sku": "没有这个规格了，请重新选择。",
        "bad_quantity": "数量不对（{n}），每样最多 99 件。",
        "not_in_cart": "购物车里没有这件商品了。",
        "empty_question": "问题是空的，直接打字问我吧。",
        "btn_notify_restock": "🔔 到货提醒",
        "cart_unit": "{unit} × {qty} = {subtotal}",
        "cart_sold_out": "（已售罄）",
        "cart_currencies": "（不同币种分别结算）",
        "room_ended": "直播已于 {time} 结束",
        "entered_ended_room": "📺 「{title}」直播已结束，看看它的小黄车：",
        "reminder_sale_saved": "⏰ 秒杀提醒已设置：{title}。开抢前和开抢时都会提醒你。",
        "following_saved": "❤️ 已关注：{title}。开播和发布新品时会通知你。",
    },
    "en": {
        "greeting": "Hi{name}! I'm Daihuo, your live-shopping assistant 🛍",
        "intro": 'Just tell me what you want, e.g. "wireless earbuds under ¥200" or '
        '"lipstick live now". I search products from live rooms and short videos, answer '
        "questions about them, compare, keep a cart and set flash-sale reminders.",
        "live_now_header": "🔴 Live now",
        "no_live_now": "No room is live right now.",
        "upcoming_header": "🕗 Coming up",
        "no_upcoming": "No upcoming live streams.",
        "live_until": "live · until {time}",
        "starts_at": "starts {time}",
        "room_cart_count": "{count} products in the cart",
        "enter_room": "Enter: {title}",
        "remind_room": "⏰ Remind me: {title}",
        "help": "Here is what I can do:\n"
        "• Send any text to search (prices, live now, flash sales all work)\n"
        '• After a product is shown, ask "is it waterproof?" or "does the second one come '
        'in black?"\n'
        '• "compare 1 and 3" compares products\n'
        "• /live rooms live now and coming up\n"
        "• /videos products from recent videos\n"
        "• /cart your cart  /orders your orders\n"
        "• /leave leave a room/video  /lang switch language",
        "filters": "Filters: ",
        "found": "{total} products found",
        "past_last_page": "That was the last page ({total} products).",
        "searching_in_room": 'Searching in the live room "{title}"',
        "searching_in_video": 'Searching the products of the video "{title}"',
        "no_results": "Nothing matches 😕",
        "no_results_hint": "Try relaxing a constraint or other words:",
        "relax_price": "Any price",
        "relax_live": "Not only live",
        "relax_stock": "Include sold out",
        "relax_flash": "Not only flash sales",
        "relax_category": "Any category",
        "relax_platform": "Any platform",
        "relax_creator": "Any creator",
        "relax_scope": "Search everything",
        "suggest_live": "🔴 Live now",
        "suggest_videos": "🎬 Recent videos",
        "btn_details": "{n} Details",
        "btn_cart": "🛒 Add",
        "btn_buy": "⚡ Buy",
        "btn_remind": "⏰ Remind",
        "btn_prev": "◀",
        "btn_next": "▶",
        "btn_compare": "⚖️ Compare top two",
        "btn_leave_room": "🚪 Leave room",
        "btn_leave_video": "🚪 Leave video",
        "btn_forward": "📨 Ask the seller",
        "btn_view_cart": "🛒 View cart",
        "btn_clear_cart": "🗑 Empty cart",
        "btn_checkout": "💳 Checkout",
        "btn_open_video": "🎬 {title}",
        "btn_more": "More",
        "sold_out": "sold out",
        "only_left": "only {n} left",
        "in_stock": "in stock",
        "off_shelf": "no longer sold",
        "live_badge": "🔴 live",
        "flash_badge": "⚡flash {price}",
        "ends_in": "{left} left",
        "starts_in": "starts in {left}",
        "minutes": "{n} min",
        "hours_minutes": "{h} h {m} min",
        "days_hours": "{d} d {h} h",
        "by_creator": "by {name}",
        "brand": "Brand",
        "price": "Price",
        "list_price": "List price",
        "stock": "Stock",
        "shipping": "Shipping",
        "returns": "Returns",
        "category": "Category",
        "sku_header": "Options",
        "faq_header": "FAQ",
        "description": "Description",
        "return_7day_no_reason": "7-day no-reason returns",
        "return_no_return": "no returns",
        "answer_about": 'About "{title}":',
        "answer_source": "Source: ",
        "evidence_faq": "seller FAQ",
        "evidence_description": "description",
        "nothing_matches": "No products match “{query}” 😕",
        "alternatives_relaxed": "Nothing meets your conditions; these are the closest without them:",
        "alternatives_nearest": "These are only the nearest alternatives, not what you asked for:",
        "filter_creator": "by {name}",
        "dont_know": "I don't know — the product data doesn't say 🤔 Shall I ask the seller?",
        "no_context": "Which product do you mean? Search or open a product first, then ask.",
        "forwarded": 'Sent your question to the seller (ticket #{ticket}): "{question}". '
        "You'll get their answer right here.",
        "compare_header": "⚖️ Comparison",
        "compare_need_two": "I need at least two products to compare — search first.",
        "compare_bad_index": "There is no product #{n} in the last results.",
        "ordinal_missing": "There is no product #{n} in the last results.",
        "videos_header": "🎬 Recent videos",
        "no_videos": "No videos yet.",
        "video_products": "{count} products",
        "entered_room": '📺 You\'re in the live room "{title}": searches now stay inside its cart.',
        "entered_video": '🎬 Showing the products of the video "{title}": searches now stay '
        "inside them.",
        "room_cart_header": "Cart (in display order)",
        "room_cart_empty": "This room's cart is empty.",
        "left_scope": 'Left "{title}"; searching everything again.',
        "not_in_scope": "You are not inside a room or video.",
        "lang_prompt": "请选择语言 / Choose a language:",
        "lang_set": "OK, English from now on.",
        "lang_unknown": "Unsupported language: {code}. Choose zh or en.",
        "choose_sku": "Choose an option:",
        "added_to_cart": "Added to cart: {title}{sku} × {qty}",
        "cart_header": "🛒 Your cart",
        "cart_empty": "Your cart is empty.",
        "cart_line": "{title}{sku} × {qty} = {subtotal}",
        "cart_total": "Total: {total}",
        "cart_cleared": "Your cart is empty now.",
        "cart_unavailable": " (no longer available)",
        "reminder_saved": "⏰ Reminder saved: {title}. I'll tell you when the sale starts or "
        "the price drops.",
        "reminder_exists": "⏰ You already have this reminder: {title}.",
        "reminder_room_saved": '⏰ I\'ll tell you when "{title}" goes live.',
        "expired": "This button has expired, please search again 🙏",
        "error": "Sorry, something went wrong. Please try again 🙏",
        "not_found": "I couldn't find that product or room; it may have been removed.",
        "bad_link": "This link is invalid or expired. Just send me what you're looking for.",
        "unknown_command": "I don't know that command. Send /help to see what I can do.",
        "flash_sale_header": "⚡ Flash sale",
        "flash_sale_ended": "This flash sale has ended.",
        "flash_sale_info": "Flash price {price} · {qty} available · max {limit} per person",
        "flash_sale_when": "{start} — {end}",
        "inline_open": "Open in Daihuo",
        "inline_no_results": "No products found",
        "page": "{page}/{pages}",
        "cmd_start": "Start",
        "cmd_help": "Help",
        "cmd_live": "Live now",
        "cmd_videos": "Recent videos",
        "cmd_cart": "Your cart",
        "cmd_orders": "Your orders",
        "cmd_leave": "Leave room/video",
        "cmd_lang": "Language",
        "empty_message": "Send me some text and I'll find products for you.",
        "tomorrow": "tomorrow",
        "yesterday": "yesterday",
        "from_price": "from {price}",
        "flash_upcoming_badge": "⚡flash {price} in {left}",
        "flash_upcoming_line": "⚡ Flash sale coming: starts {time} at {price}",
        "flash_sold_out": "This flash sale is sold out 😢 You can buy at the regular price or "
        "get an alert when it's back or cheaper.",
        "flash_sold_out_note": "The flash price {price} is sold out; regular price now",
        "flash_units_left": "Only {n} left at the flash price — try fewer?",
        "flash_sale_sku": "Flash-sale option: {sku}",
        "over_limit": "This flash sale is limited to {limit} per person; you can buy {left} more.",
        "over_limit_none": "This flash sale is limited to {limit} per person and you've reached "
        "it (bought or in your cart).",
        "not_enough_stock": "Only {n} left in stock.",
        "sku_sold_out": "That option is sold out 😢 Pick another, or get a restock alert?",
        "product_sold_out": "This product is sold out 😢 Want a restock alert?",
        "unknown_sku": "That option no longer exists — please choose again.",
        "bad_quantity": "That quantity doesn't work ({n}); at most 99 of each item.",
        "not_in_cart": "That item is no longer in your cart.",
        "empty_question": "That question was empty — just type it to me.",
        "btn_notify_restock": "🔔 Restock alert",
        "cart_unit": "{unit} × {qty} = {subtotal}",
        "cart_sold_out": "(sold out)",
        "cart_currencies": "(different currencies are paid separately)",
        "room_ended": "This live stream ended {time}",
        "entered_ended_room": '📺 "{title}" has ended — here is its cart:',
        "reminder_sale_saved": "⏰ Flash-sale reminder set: {title}. I'll tell you before it "
        "starts and when it starts.",
        "following_saved": "❤️ Following {title}: I'll tell you when they go live or post deals.",
    },
}


def _merge(extra: dict[str, dict[str, str]]) -> None:
    for lang, texts in extra.items():
        clash = set(texts) & set(MESSAGES[lang])
        if clash:
            raise RuntimeError(f"i18n keys defined twice: {sorted(clash)}")
        MESSAGES[lang].update(texts)


_merge(SHOP_MESSAGES)
_merge(ALERT_MESSAGES)
_merge(AFTERSALES_MESSAGES)


def t(lang: str, key: str, **fields: Any) -> str:
    """The message `key` in `lang` (falls back to Chinese), with `fields` filled in."""
    catalog = MESSAGES.get(lang) or MESSAGES["zh"]
    template = catalog.get(key)
    if template is None:
        template = MESSAGES["zh"][key]  # KeyError on a typo: caught by the completeness test
    return template.format(**fields) if fields else template


def language_for(chosen: str | None, client_code: str | None, default: str = "zh") -> Lang:
    """The language to talk in: the user's /lang choice, else their client's, else default."""
    if chosen in LANGUAGES:
        return chosen
    if client_code:
        code = client_code.lower()
        if code.startswith("zh"):
            return "zh"
        return "en"
    return "en" if default == "en" else "zh"
