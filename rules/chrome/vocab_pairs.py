"""The traditional/simplified character pairs the chrome vocabularies fold (``vocab.TRAD_TO_SIMP``).

One character for one, so offsets stay valid: only the characters the labels use. A new
vocabulary word with a traditional spelling needs its characters' pairs here
(``tests/test_chrome_pages.py::test_label_folding_covers_the_vocabularies`` says which).
"""
from __future__ import annotations

_PAIRS = ("發发佈布來来編编輯辑責责審审覈核對对簽签瀏浏覽览閱阅讀读點点擊击訪访問问數数時时間间當当"
          "頁页現现權权辦办單单術术網网標标識识碼码郵邮聯联繫系係系電电話话傳传關关閉闭體体題题"
          "檔档載载還还條条頂顶評评論论熱热薦荐歡欢聞闻記记攝摄與与業业類类欄栏詳详請请預预"
          "戶户務务額额補补簡简繁繁許许證证號号備备維维護护協协組组織织館馆書书掃扫機机開开別别"
          "臺台內内僅仅線线饋馈適适繼继續续結结該该這这範范幹干處处麼么員员會会從从動动們们實实"
          "應应個个為为說说見见視视頻频圖图廣广導导園园區区縣县鎮镇歸归屬属轉转錄录註注冊册鍵键"
          "獻献門门專专寫写報报紙纸選选擇择產产聲声隱隐議议訊讯設设愛爱覆覆蓋盖歷历營营經经絡络"
          "輸输貢贡積积豐丰裡里屆届並并複复製制鏡镜頭头滾滚彙汇總总訂订際际優优質质創创層层價价"
          "億亿萬万於于後后週周齊齐態态貼贴紀纪車车長长東东義义學学習习黨党國国廳厅歲岁憑凭億亿糾纠錯错決决規规"
          "擁拥匯汇裏里場场確确絕绝謝谢鄭郑驗验齡龄過过刪删滿满兌兑覺觉險险剛刚絲丝鍾钟鐘钟暢畅幣币擔担極极溫温畢毕異异計计試试課课諒谅謹谨買买購购項项餘余馬马"
          "儲储兩两則则勞劳參参嚴严圍围團团壇坛夾夹娛娱將将幫帮庫库復复徵征懶懒懷怀戲戏採采換换據据構构樂乐氣气沒没況况準准無无爲为獨独獲获盜盗盤盘礙碍稱称節节籤签約约級级紹绍終终給给縮缩職职腦脑臨临興兴舉举衆众親亲觀观訴诉詞词詢询認认調调諮咨講讲讓让負负財财費费資资贊赞軍军進进遊游運运達达違违銷销鏈链隊队須须領领顧顾風风騰腾擬拟斷断虛虚顯显執执筆笔擴扩隨随")
# the viewer's and the record's words of stop 29 (打赏, 费用, 认证, 栏目 …)
_PAIRS += "賞赏費费認认統统襲袭諾诺張张鎖锁"
# the tag nouns of stop 36 (检索词, 标签云)
_PAIRS += "檢检雲云"
# the credit roles and form fields of stop 36 (策划, 监制, 账号, 驻站 …)
_PAIRS += "劃划帳帐畫画監监籌筹繪绘譯译賬账駐驻遞递師师"
# issue 16, h16: the viewer's panes, the service line, an event's end (暂无简介, 竭诚为您服务, 比赛); h21: 内容已折叠
_PAIRS += "暫暂誠诚儀仪禮礼競竞訓训賽赛疊叠"
_PAIRS += "嗶哔紅红綠绿藍蓝語语顏颜"  # issue 16, h24: page controls (哔哩哔哩, 绿色, 蓝色, 语音, 颜色)
# issue 16, h20: web counters, forms and share rows (弹幕, 晒图, 讨论, 楼层, 钉钉, 乡镇 …)
_PAIRS += "側侧彈弹憤愤搶抢曬晒樓楼漢汉狀状羣群討讨談谈鄉乡釘钉陸陆雞鸡難难鮮鲜聽听觸触"
# issue 16, h21: the docsite cue words and progress shapes (带答案, 秒杀, 减免, 点亮, 细则, 华为, 货币…)
_PAIRS += "帶带殺杀減减燈灯細细綴缀華华貨货賣卖鉑铂銀银鑽钻飆飙驟骤黃黄"
# the provinces of licence numbers (沪ICP备, 粤公网安备) and the rest of the pack's modules
_PAIRS += "寧宁晉晋滬沪瓊琼粵粤綱纲蘇苏貴贵贛赣遼辽閩闽陝陕魯鲁"
# C202, a public account's sign-off (公眾號, 點讚, 一鍵三連)
_PAIRS += "眾众讚赞連连"
# issue 16, h23: who shared a copy by its shop (上传店铺)
_PAIRS += "鋪铺"
_PAIRS += "雜杂"  # stop 39: the closing source line (杂志)
# issue 16, h32: the record reader's labels and values (板塊, 成績, 籍貫, 幾天前), a notice's 解釋權
_PAIRS += "塊块績绩貫贯幾几釋释"
_PAIRS += "啓启"  # stop 40: a report's headings (启示)
_PAIRS += "臉脸蹤踪"  # stop 40: C202's social pages (臉書, 追蹤)
_PAIRS += "納纳錢钱亞亚榮荣蘋苹譽誉賓宾"  # stop 41: C309 cards (採納率, 金錢), phones (榮耀), ranks (榮譽會員, 貴賓)
_PAIRS += "徑径醫医"  # issue 16, h35: a category path (路徑), an office signing a notice (醫院)
_PAIRS += "嗎吗"  # stop 42, h41: C309 Q&A prompts (這個回答對你有幫助嗎)
# an official document's header fields C102 leaves (紧急程度, 缓急程度: stop 44)
_PAIRS += "緊紧緩缓"
_PAIRS += "樣样"  # stop 45, lead: a text's own requirements (样表, docsite voice)
