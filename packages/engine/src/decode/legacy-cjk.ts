/**
 * The double-byte code pages of East Asian text written before UTF-8: Japanese (Shift-JIS, Windows'
 * and older Java's default in Japan; EUC-JP on Unix), Korean (EUC-KR, Windows' CP949), Chinese
 * (GBK/GB 18030 in the mainland, Big5 in Taiwan and Hong Kong). Their byte ranges overlap: most text
 * in one decodes without error in another, as other characters. A code page is chosen by what its
 * decoding reads as: a sample that decodes without error, most of whose characters outside ASCII are
 * the language's most frequent (kana for Japanese, common syllables for Korean, common characters
 * for Chinese); text misread in another code page gives rare characters, half-width katakana or an
 * error.
 */
export type CjkEncoding = 'shift_jis' | 'euc-jp' | 'euc-kr' | 'gb18030' | 'big5';

/** Korean's most frequent syllables, with those of server messages (오류, 실패, 연결, 서버, 요청…). */
const KOREAN =
  '이다는에을의가하고지기로리서한사니수습었된할도있그어해시자정대안아나보오인으를스전상러제게일들과우면주실만내파패속결연류요청버용간초과성공없트음않되었터데못료작업완중단경생발비밀번호접근거부시작종료재설'.split(
    '',
  );

/** Chinese's most frequent characters, simplified and traditional, with those of server messages. */
const CHINESE =
  '的一是不了在人有我他这個个们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着下自之年过過发發后後作里裏用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心本前开開但因只从從想实實错錯误誤失败敗功连連接数數据據服务務请請求文件户戶超异異常启啟停止配置已未无無效返回状狀态態码碼网網络絡库庫表记記录錄名称稱值时間间'.split(
    '',
  );

/** Japanese kanji frequent in server messages (接続, 失敗, 処理, 完了…); kana count besides. */
const JAPANESE =
  '接続失敗処理完了開始終了認証設定実行起動停止取得更新削除登録確認異常正常警告情報件数時間値名前日付入力出力読込書通信受送要求応答解析検索変換保存作成発生原因対象結果状態中止再試行見付不可能無効済未'.split(
    '',
  );

const COMMON = new Map<CjkEncoding, Set<string>>([
  ['shift_jis', new Set(JAPANESE)],
  ['euc-jp', new Set(JAPANESE)],
  ['euc-kr', new Set(KOREAN)],
  ['gb18030', new Set(CHINESE)],
  ['big5', new Set(CHINESE)],
]);

const CANDIDATES: readonly CjkEncoding[] = ['shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5'];

/** At least this share of a sample's characters outside ASCII are its language's frequent ones. */
const MIN_SHARE = 0.3;

/**
 * The code page a sample of text that is not UTF-8 was written in, or null when none reads it as
 * its language (see the file comment). The sample ends at its last line feed: a character cut by
 * its end decides nothing.
 */
export function cjkEncoding(sample: Uint8Array): CjkEncoding | null {
  const end = sample.lastIndexOf(10);
  const bytes = end > 0 ? sample.subarray(0, end) : sample;
  let best: CjkEncoding | null = null;
  let bestShare = MIN_SHARE;
  for (const encoding of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const share = frequentShare(text, encoding);
    if (share > bestShare) {
      best = encoding;
      bestShare = share;
    }
  }
  return best;
}

/** The share of a text's characters outside ASCII that its language writes most (see the file comment). */
function frequentShare(text: string, encoding: CjkEncoding): number {
  const common = COMMON.get(encoding);
  const japanese = encoding === 'shift_jis' || encoding === 'euc-jp';
  let total = 0;
  let frequent = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) continue;
    total++;
    // Half-width katakana: Shift-JIS's single bytes 0xA1–0xDF, what EUC or GBK bytes misread there give.
    if (c >= 0xff61 && c <= 0xff9f) continue;
    // Japanese: its kana (and the long vowel mark) too, on nearly every line of Japanese text.
    if (japanese && c >= 0x3041 && c <= 0x30ff) frequent++;
    else if (common?.has(ch) === true) frequent++;
  }
  return total === 0 ? 0 : frequent / total;
}
