# letgo: safety texts in Modern Standard Arabic, written so they read the same to a man or a woman.
# { "\u200E" } is a left-to-right mark: it keeps a /command, or a phone number with spaces, in order inside Arabic text.
# Telegram HTML: only <b>, <i> and <a href="...">. Short, warm, hopeful; never about methods.

## The direct question, asked when a message suggests risk but no act or plan

safety-question =
    يسعدني حقًا أنك شاركتني مشاعرك. أريد أن أسألك سؤالًا مباشرًا، لأن هذا مهم:
    <b>هل تراودك أفكار عن إنهاء حياتك أو إيذاء نفسك؟</b>
safety-answer-yes = نعم
safety-answer-unsure = لا أعرف
safety-answer-no = لا، أنا بأمان
# Typed answers understood while the question waits: words separated by |
safety-words-yes = نعم|ايوه|أيوه|ايوة|أيوة|ايوا|أيوا|أجل|اجل|نعم أحيانا|نعم أحيانًا|نعم احيانا|أحيانا|أحيانًا|احيانا
safety-words-unsure = لا أعرف|لا اعرف|ما أعرف|ما اعرف|لا أدري|لا ادري|ما أدري|ما ادري|مدري|مش عارف|مش عارفة|مش عارفه|ما بعرف|مابعرف|لست متأكدا|لست متأكدًا|لست متأكدة|لست متاكد|لست متاكدة|مش متأكد|مش متأكدة|مش متاكد|مو متأكد|مو متأكدة|ربما|يمكن
safety-words-no = لا|لأ|لاء|لا، أنا بأمان|لا أنا بأمان|لا، انا بامان|لا انا بامان|أنا بأمان|انا بأمان|انا بامان|لا، أنا بخير|لا أنا بخير|لا، انا بخير|لا انا بخير
safety-words-ambiguous = { "" }
safety-no-reply =
    شكرًا لأنك أخبرتني. الحزن بهذا العمق بعد الانفصال مؤلم، وهو أمر مفهوم تمامًا.
    وإذا ازداد الأمر ثقلًا في أي وقت، يعرض لك { "\u200E" }/sos أشخاصًا يمكنك التحدث إليهم، في أي ساعة.
safety-no-back = لنعد إلى حيث توقفنا.
safety-answered = إجابتك: { $answer }

## The crisis answer: help at once

crisis-opening = 💛 <b>شكرًا لأنك أخبرتني. يسعدني حقًا أنك تواصلت معي.</b>
crisis-body = يبدو أن الحِمل عليك ثقيل جدًا، ومن حقك أن يساندك إنسانٌ الآن. لا داعي لمواجهة هذا وحدك.
crisis-emergency = إذا شعرت أن هذه الأفكار قد تدفعك إلى التصرف بناءً عليها، أو كنت في خطر، فأرجو منك الاتصال الآن بالرقم <b>{ "\u200E" }{ $number }</b>.
crisis-emergency-unknown = إذا شعرت أن هذه الأفكار قد تدفعك إلى التصرف بناءً عليها، أو كنت في خطر، فأرجو منك الاتصال الآن برقم الطوارئ المحلي.
crisis-lines-intro = أشخاص يمكنك التحدث إليهم الآن، مجانًا وبسرية تامة:
crisis-directory = المزيد من خطوط المساعدة: <a href="{ $url }">findahelpline.com</a>
crisis-trusted = وقد يفيدك أيضًا الحديث مع شخص موضع ثقتك عن شعورك اليوم.
crisis-coach = أنا مدرّب للمساعدة الذاتية، ولست خدمة للأزمات، وما زلت هنا معك.
crisis-paused = محادثتنا متوقفة مؤقتًا؛ ويمكنك العودة إليها عبر { "\u200E" }/scenarios متى شئت.
crisis-follow-up = 💛 ما زلت هنا معك. أرجو منك التواصل مع أحد الآن: مع أحد الخطوط أدناه، أو مع شخص موضع ثقتك.

crisis-country-setting = هذه خطوط المساعدة في { $country }.
crisis-country-assumed = هذه خطوط المساعدة في { $country }، بحسب { $source ->
        [time-zone] منطقتك الزمنية
       *[language] لغتك
    }. هل أنت في مكان آخر؟ يمكنك إرسال { "\u200E" }/country مع اسم بلدك.
crisis-country-unknown = يمكنك إخباري ببلدك، مثلًا <i>{ "\u200E" }/country مصر</i>، وسأعرض لك خطوط المساعدة هناك.

crisis-button-safe = أنا بأمان الآن
crisis-button-lines = إعادة عرض الخطوط
crisis-button-plan = إعداد خطة سلامة
crisis-button-pause = إيقاف التذكيرات مؤقتًا

crisis-safe-reply =
    يسعدني ذلك. نفسك تستحق منك الرفق اليوم.
    يعيد لك { "\u200E" }/sos هذه الخطوط متى شئت، وأنا هنا كلما رغبت في الحديث.
crisis-reminders-paused = تم إيقاف تذكيراتك اليومية مؤقتًا لمدة سبعة أيام. ويمكنك إعادتها قبل ذلك عبر { "\u200E" }/pause off.
crisis-reminders-none = ليست لديك تذكيرات يومية لإيقافها. ولن أرسل إليك إلا ما طلبته.

## Helplines, as listed in a message

helpline-call = الهاتف { "\u200E" }{ $number }
helpline-text = { $how }
helpline-chat = <a href="{ $url }">دردشة عبر الإنترنت</a>
helpline-web = <a href="{ $url }">الموقع الإلكتروني</a>
helpline-hours = { $hours }

## /sos and /country

sos-intro = 💛 أشخاص يمكنك التحدث إليهم الآن، مجانًا وبسرية تامة. التواصل معهم متاح حتى من دون أزمة.
country-current = بلدك لخطوط المساعدة: <b>{ $country }</b>. لتغييره، يمكنك إرسال { "\u200E" }/country مع اسم بلد آخر.
country-none = لا أعرف بلدك بعد. يمكنك إرساله هكذا: <i>{ "\u200E" }/country المغرب</i>
country-set = تم: <b>{ $country }</b>. سيعرض لك { "\u200E" }/sos خطوط المساعدة هناك.
country-unknown = لم أجد «{ $input }». يمكنك تجربة الاسم بالإنجليزية أو رمز من حرفين، مثل <i>{ "\u200E" }/country EG</i>.

## After a crisis answer, the next daily reminder is this instead

checkin-after-crisis = 💛 مرحبًا، معك letgo. ما زلت أفكر فيك منذ حديثنا الأخير. كيف حالك اليوم؟
checkin-button-lines = عرض خطوط المساعدة
checkin-button-okay = أنا بخير اليوم

## /safetyplan: a plan for hard moments, in the person's own words

plan-intro =
    خطة السلامة قائمة قصيرة، بكلماتك أنت، لما يساعدك عندما تشتد الأمور كثيرًا. كتابتها في يوم أهدأ تجعل الرجوع إليها لاحقًا أسهل.
    ستة أسئلة قصيرة. يمكنك الإجابة ببضع كلمات، أو الضغط على «تخطي».
plan-q-signs = <b>1/6 · علامات التحذير.</b> ما الذي ينبّهك إلى أن لحظة صعبة تقترب؟ أفكار، مشاعر، أماكن، أوقات من اليوم.
plan-q-alone = <b>2/6 · بمفردي.</b> ما الذي يمكنك فعله بنفسك لتجاوز الأمر لبعض الوقت؟ المشي، الموسيقى، الاستحمام، تدوين ما في داخلك.
plan-q-distract = <b>3/6 · أشخاص وأماكن.</b> من الشخص أو المكان الذي يساعدك على صرف ذهنك عن الأمور؟ شخص للدردشة، مقهى، النادي الرياضي.
plan-q-people = <b>4/6 · أشخاص أستطيع اللجوء إليهم.</b> من الذي يمكنك إخباره بأن الأمور صعبة عليك الآن؟ أسماء، وأرقام إن أحببت.
plan-q-pros = <b>5/6 · مختصون وخطوط مساعدة.</b> أي طبيب أو معالج نفسي أو خط مساعدة يمكنك التواصل معه؟
plan-q-pros-hint = بالقرب منك، مثلًا: { $lines }
plan-q-safer = <b>6/6 · مكان أكثر أمانًا.</b> ما الذي قد يجعل المكان الذي أنت فيه أكثر أمانًا حتى تمر هذه المشاعر؟ مثلًا: البقاء قرب أشخاص آخرين، أو الطلب من شخص ما أن يبقى معك.
plan-skip = تخطي
plan-title = 💛 <b>خطة السلامة الخاصة بي</b>
plan-h-signs = علامات التحذير
plan-h-alone = بمفردي
plan-h-distract = أشخاص وأماكن
plan-h-people = أشخاص أستطيع اللجوء إليهم
plan-h-pros = مختصون وخطوط مساعدة
plan-h-safer = مكان أكثر أمانًا
plan-empty-part = <i>لم يُكتب بعد</i>
plan-saved = تم الحفظ. يعرضها { "\u200E" }/safetyplan متى شئت؛ ويتضمنها { "\u200E" }/export، ويحذفها { "\u200E" }/delete.
plan-change = تعديل جزء
plan-restart = البدء من جديد
plan-which = أيّ جزء نعدّل؟
plan-too-long = هذا كثير على جزء واحد: عدد الأحرف { $length }، والحد الأقصى { $max }. هل يمكنك اختصاره؟
plan-stopped = حسنًا، لنتوقف هنا. ما كتبته حتى الآن محفوظ، ويعرضه { "\u200E" }/safetyplan.
plan-send-text = يُرجى كتابة إجابتك في رسالة، أو الضغط على «تخطي».

abuse-intro = 💛 الخوف من شخصٍ ما أمرٌ لا يُستهان به، وسلامتك حقٌّ لك. هذه الجهات تساعد من يمرّون بمثل وضعك، مجانًا وبسرية تامة:
abuse-directory = المزيد من جهات المساعدة: <a href="{ $url }">findahelpline.com</a>
